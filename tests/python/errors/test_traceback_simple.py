# compare: stderr
# A simple three-frame traceback; CPython's exact format is compared.
def c(x):
    return x / 0

def b(x):
    return c(x) + 1

def a():
    return b(10)

print("start")
a()
