# References, aliasing and copies: list multiplication, nested containers, default sharing.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, [row is grid[0] for row in grid])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, [row is grid2[0] for row in grid2])
rows = [[]] * 2
rows[0].append("x")
rows[1].append("y")
print(rows)
d = {"k": [1]}
e = dict(d)
e["k"].append(2)
e["j"] = 0
print(d, e)
t = ([1], [2])
u = t
u[0].append(3)
print(t, u is t)
x = [1, 2]
y = [x, x]
y[0].append(9)
print(y, y[1] is x)
x = [0]
y[1].append(7)
print(y, x)
s = [1, 2, 3]
for item in s:
    if item == 2:
        s.remove(item)
print(s)
s = [1, 2, 3, 4]
s2 = s
s = s + [5]
print(s, s2)
s = [1, 2, 3, 4]
s2 = s
s += [5]
print(s, s2, s is s2)
tup = (1, 2)
tup2 = tup
tup += (3,)
print(tup, tup2)
def deep_copy(obj):
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    return obj
orig = {"a": [1, [2, 3]], "b": {"c": [4]}}
dup = deep_copy(orig)
dup["a"][1].append(99)
dup["b"]["c"].clear()
print(orig, dup)
lst = [1, 2, 3]
lst.append(lst)
print(lst, len(lst), lst[3] is lst, lst[3][3][0])
dd = {"self": None}
dd["self"] = dd
print(dd)
nested = [[1, 2], [3, [4, 5]]]
nested[1][1].append(nested)
print(nested)
