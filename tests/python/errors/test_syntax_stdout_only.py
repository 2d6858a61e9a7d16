# A syntax error far down the file: nothing runs, stdout is empty, exit status 1 (stderr not compared).
print("line 1 would print if the file compiled")
def ok():
    return 1
class Fine:
    pass
def broken(:
    pass
