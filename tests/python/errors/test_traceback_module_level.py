# compare: stderr
# A NameError at module level after output.
print("before")
x = 1
y = undefined_variable + x
