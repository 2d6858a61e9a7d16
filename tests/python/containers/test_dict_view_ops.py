# dict views: reverse iterators, reprs, set operations with any iterable, items membership.
d = {1: 'a', 2: 'b', 3: 'c'}
r = reversed(d)
print(type(r).__name__, r.__length_hint__(), list(r), list(r))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), type(reversed(d.items())).__name__)
del d[2]
print(list(reversed(d)), list(reversed({})))
it = reversed(d)
d[9] = 'z'
try:
    next(it)
except RuntimeError as e:
    print(e)
print(repr(d.keys()), repr({}.values()), d.items(), d.keys().mapping, type(d.keys().mapping).__name__)
k = d.keys()
print(k & {1, 9}, k | [5], k - {1}, k ^ {1, 7}, [3] | k, {9} - k, k == {1, 3, 9}, k != {1}, k < {1, 3, 9, 10}, k >= {1})
try:
    hash(d.keys())
except TypeError as e:
    print(e)
print(d.values() == d.values(), len(d.values()), 'z' in d.values(), sorted(d.values()))
try:
    k & 5
except TypeError as e:
    print(e)
