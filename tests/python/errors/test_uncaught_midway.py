# An uncaught exception in the middle of output: stdout so far must match, exit status 1.
for i in range(5):
    print("line", i)
values = {"a": 1}
print("looking up b")
print(values["b"])
print("never printed")
