# len, list, tuple, sorted, reversed, iter, next, enumerate, zip, range in combination.
data = [5, 3, 8, 1]
print(len(data), len("héllo"), len(b"ab"), len({1: 2}), len(set()), len(range(10, 0, -3)), len(()), len([[], []]))
print(list(reversed(data)), sorted(data), sorted(data, reverse=True), data)
it = iter(data)
print(next(it), next(it), list(it), next(it, "end"))
print(list(enumerate(data)), dict(enumerate("ab")), list(zip(data, "wxyz")))
print(list(range(3)), tuple(range(3)), list(map(len, ["a", "bb"])), list(filter(None, [0, 1, 2])))
r = reversed(data)
print(type(r).__name__, next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    len(iter([]))
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
gen = (i for i in range(3))
print(list(gen), list(gen))
print(list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3), range(10, 13), range(20, 23))))
print(sorted("hello world"), sorted({3: "c", 1: "a"}.items()), sorted([[2, 1], [1, 2]]))
print(list(iter("abc")), tuple(iter((1, 2))), list(iter({7, 8, 9})), sorted(iter({3, 1, 2})))
nested = [[1, 2], [3, 4], [5]]
print([x for row in nested for x in row], sum(nested, []), list(map(list, zip(*nested[:2]))))
