# compare: stderr
# An uncaught exception whose report runs Python code (__repr__ of its arguments): the
# exception must stay reachable while it is printed (run with --gc-stress).
class Arg:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Arg" + str([self.v] * 3)

def fail():
    raise ValueError(Arg(1), [Arg(2), Arg(3)])

print("before")
fail()
