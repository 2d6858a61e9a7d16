# Tuples: construction, packing/unpacking, methods, immutability, hashing, nested mutable items.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 * t, t.count(2), t.index(3))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), (1, 2) + (), type((1)).__name__)
a, b, c = t
print(a, b, c)
a, *rest = t
print(a, rest)
*init, last = t
print(init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
first, (second, third), *others = [1, (2, 3), 4, 5]
print(first, second, third, others)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c, d, e = t
except ValueError as e:
    print("ValueError:", e)
nested = ([1], [2])
nested[0].append(10)
print(nested)
try:
    nested[0] += [20]
except TypeError as e:
    print("TypeError:", e, nested)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pt"}[(1, 2)], (1, 2) in {(1, 2)})
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
print(repr((1,)), repr(()), repr((1, "a", None, (2,))), str(((),)))
print(tuple(x * x for x in range(5)), sum((1, 2, 3)), max((4, 9, 2)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))
u = 1, 2
v = 3,
print(u, v, type(v).__name__, (u, v), u + v)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
i, j, k = "xyz"
print(i, j, k)
for idx, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(idx, p, q)
print(hash((1, 2, 3)), hash((-1, 0)), hash(()), hash((1, (2, 3))))
