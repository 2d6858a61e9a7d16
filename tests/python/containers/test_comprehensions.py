# List, set, dict comprehensions and generator expressions: filters, nesting, scoping.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(4)])
print([c.upper() for c in "hello" if c not in "l"])
print({x % 5 for x in range(100)}, {x: x ** 2 for x in range(5)}, sum(x for x in range(101)))
print([y for x in [[1, 2], [3], []] for y in x], [x if x > 0 else -x for x in [-2, -1, 0, 1]])
print([i for i in range(5)][::-1], [[i] * i for i in range(4)], [len(w) for w in "a bb ccc".split()])
x = "outer"
res = [x for x in range(3)]
print(x, res)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
gen = (n * 2 for n in range(5))
print(next(gen), next(gen), list(gen), list(gen))
print(max(len(s) for s in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [matrix[i][i] for i in range(3)], [sum(r) for r in matrix])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words}, sorted({len(w) for w in words}))
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * k for v in vals for k in vals]
    except NameError as e:
        bad = str(e)
print(C.doubled, C.bad)
n = 3
print([[n for _ in range(2)] for n in range(n)], n)
print([(yield_ := i) for i in range(3)], yield_)
print(list(x for x in "abc"), tuple(i for i in range(3)), set(i % 2 for i in range(9)), dict((i, -i) for i in range(3)))
