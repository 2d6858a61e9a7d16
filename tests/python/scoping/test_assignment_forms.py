# Assignment forms: chained, tuple/list targets, nested targets, evaluation order, swap, slices.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q], r = (3, 4), 5
print(p, q, r)
(s, t), [u, v] = "ab", [6, 7]
print(s, t, u, v)
order = []
def tgt(name):
    order.append(name)
    return {}
def val(v):
    order.append(f"value {v}")
    return v
tgt("first")["k"] = tgt("second")["k2"] = val(1)
print(order)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 99
print(i, lst)
d = {}
d["a"] = d["b"] = []
d["a"].append("shared")
print(d)
m, *n = range(1)
print(m, n)
*o, = "xyz"
print(o)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
grid = [[0] * 3 for _ in range(2)]
grid[1][2], grid[0][0] = 5, 6
print(grid)
first, second = second, first = "1", "2"
print(first, second)
k = [1, 2, 3]
k[:] = k[::-1]
print(k)
k[len(k):] = [4]
print(k)
e1 = e2 = 0
e1 += 1
print(e1, e2)
for idx, (key, value) in enumerate({"x": 1, "y": 2}.items()):
    print(idx, key, value)
for [a1, b1] in [[1, 2], (3, 4)]:
    print(a1 + b1)
