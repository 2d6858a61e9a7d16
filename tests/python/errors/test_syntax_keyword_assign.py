# compare: stderr
def f():
    pass
class = 5
