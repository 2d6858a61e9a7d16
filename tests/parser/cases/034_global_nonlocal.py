x = 0
def f():
    global x
    x = 1
    def g():
        nonlocal y
        y = 2
    y = 3
