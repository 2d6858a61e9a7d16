# Every list method.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a))
a.append(5); print(a)
a.extend([8, 9]); print(a)
a.extend(range(2)); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-1, "before-last"); print(a)
a.insert(-100, "very-first"); print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a.remove("a"); print(a)
a.remove(1); print(a)
print(a.index(9), a.index(9, 5), a.count(1), a.count(9), a.count("zzz"))
b = [x for x in a if isinstance(x, int)]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b)
c = b.copy(); c.append(100); print(b, c)
c.clear(); print(c, len(c))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2), lambda: [1, 2].index(1, 1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
d = [[1, 2], [3]]
e = d.copy()
e[0].append(99)
print(d, e, d[0] is e[0])
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}), list(x * 2 for x in range(3)))
print([1, 2] + [3], [0] * 5, 2 * [1, 2], [] * 3, [1, 2] * -1)
f = [1, 2, 3]
f += [4]
f += (5, 6)
f += "xy"
print(f)
f *= 2
print(f, len(f))
g = [5, 3, 8]
print(g.__len__(), g.__getitem__(1), g.__contains__(8), g.__add__([1]), g.__mul__(2), g.__iadd__([0]), g)
