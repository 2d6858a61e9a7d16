# compare: stderr
print("nope")
return 5
