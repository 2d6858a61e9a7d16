# compare: stderr
print("fine")
s = "unterminated
print(s)
