# compare: stderr
# Binary operators: operands drawn with ~, the operator with ^ (two-character operators,
# parentheses, spaces, constant-folded left operands).
def a(x):
    return (x) + 'a'


def b(x):
    return x //'a'


def c(x):
    return 1 +  2 + x + 3


def d(x):
    return 1 * 2 - x ** 3


for f in (a, b, c, d):
    try:
        f(1 if f is not d else 'z')
    except TypeError as e:
        print(f.__name__, e)
d('z')
