# Star-unpacking in assignments, literals, calls; dict ** unpacking.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, *b), c = "ab", "c"
print(a, b, c)
first, *_, last = [10, 20, 30, 40]
print(first, last, _)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*{1, 2}, *[2, 3]}, [*()])
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 99}, {**{}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), 4, **d1, **{"q": 5}), f(*"ab", x=1), f(**{}))
try:
    f(**d1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    print(*1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
print(*[1, 2, 3], sep="-")
print(*"hello")
nested = [[1, 2], [3, 4]]
print([*nested[0], *nested[1]], [*nested], [x for sub in nested for x in sub])
coords = [(1, 2, 3), (4, 5, 6)]
for x, *rest in coords:
    print(x, sum(rest))
a = b = c = [0]
print(a is b is c)
i, j = j, i = 1, 2
print(i, j)
lst = [0, 0, 0]
idx, lst[idx] = 1, 5
print(idx, lst)
