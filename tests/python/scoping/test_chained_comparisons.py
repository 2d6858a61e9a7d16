# Chained comparisons: evaluation order, single evaluation of middle operands, short-circuiting.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(3) > v(2) == v(2), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
calls.clear()
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5 < 4)
print("a" < "b" < "c", [1] < [2] <= [2], (1,) < (1, 0) < (2,))
print(1 < 2 in [2], 1 in [1] in [[1]], 3 not in [1] not in [[3]], None is None is not False)
print((1 < 2) == True, 1 < (2 == True), not 1 < 2 < 3, -1 < 0 < 1 if True else None)
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  {self.n} < {o.n}")
        return self.n < o.n
    def __bool__(self):
        print(f"  bool({self.n})")
        return True
a, b, c = Cmp(1), Cmp(2), Cmp(3)
print(a < b < c)
print(c < b < a)
def ident(x):
    print("  eval", x)
    return x
print(ident(1) < ident(0) < ident(5))
r = range(10)
print([n for n in r if 2 < n <= 6], [n for n in r if not 2 < n < 8])
