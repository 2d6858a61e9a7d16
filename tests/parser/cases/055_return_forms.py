def f():
    return
def f():
    return 1
def f():
    return 1, 2
def f():
    return *a, b
def f():
    return (1)
def f():
    return lambda: 1
