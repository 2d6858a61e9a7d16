# set and frozenset operations on small ints (deterministic order in CPython).
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a, b, len(a), 3 in a, 9 not in a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8, 9]), a.intersection(b, {5}), a.difference(b, [1]), a.symmetric_difference([1, 10]))
print(a <= a, a < a, {1, 2} < a, a > {1}, a >= {1, 2, 3, 4, 5}, {1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 4)))
print(a.isdisjoint(b), a.isdisjoint({10, 11}), {1} == {1.0}, {1, 2} == frozenset({1, 2}), set() == frozenset())
s = set()
for x in [5, 3, 9, 3, 1, 5, 0, 8, 2, 7]:
    s.add(x)
    print(s)
s.discard(100)
s.discard(9)
s.remove(0)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s.pop(), s)
s.update([20, 10], {30})
print(s)
s.intersection_update(range(0, 25))
print(s)
s.difference_update({20})
print(s)
s.symmetric_difference_update({1, 2, 3, 4})
print(s)
s |= {100}
s &= {1, 100, 7, 8}
s -= {1}
s ^= {7, 55}
print(s)
t = s.copy()
t.add(-1)
print(s, t)
t.clear()
print(t, len(t), bool(t))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(set(range(10)), set([3, 3, 3]), set("aaa"), set((1, 2)), set({1: 2}), set(x % 4 for x in range(20)))
print({x * x for x in range(-5, 6)}, {-1, -2, -3}, {2 ** 40, 1, 2 ** 40 + 1}, {10, 100, 1000, 10000})
print(sorted({9, -4, 7, 0}), max({3, 8, 1}), min({3, 8, 1}), sum({1, 2, 3}), list({7, 3, 5}))
for n in [8, 16, 17, 33, 64, 100]:
    print(n, list(set(range(n, 0, -3))))
