# Set table behaviour visible through iteration order: growth, dummies, pop finger, merges,
# constant literals, subclasses and error messages (small ints: deterministic in CPython).
s = set()
for i in range(0, 200, 7):
    s.add(i)
print(s)
for i in range(0, 200, 14):
    s.discard(i)
print(s, len(s))
for i in range(300, 260, -3):
    s.add(i)
print(s)
s2 = set(range(40))
s2 -= set(range(0, 40, 2))
print(s2)
s2 |= {100, 64, 128, 32}
print(s2)
print({-1, -2, 2**61, 2**61 - 1, 2**62, -2**61})
print({1.5, 2.5, 0.5, 1.0, 2}, {True, 1, 1.0}, {0, False, 0.0})
print({(1, 2), (1, 2)}, len({(i, i) for i in range(10)}))
p = set(range(20))
out = []
while p:
    out.append(p.pop())
    if len(out) % 5 == 0:
        p.add(len(out) * 10)
print(out)
q = {5, 9, 13}
print(q.pop(), q.pop(), q)
q.clear(); q.add(3); print(q, q.pop(), q)
s = set(range(10))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
s = set(range(10))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(s)
it = iter({1, 2, 3})
print(next(it), list(it), list(it))
it = iter({1, 2, 3}); print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter(set())).__name__, type(set()).__name__, type(frozenset()).__name__)
# constructors and errors
print(set(), set([]), set({}), set(""), frozenset(), frozenset(range(3)), set(frozenset([2, 1])))
for bad in [lambda: set(1), lambda: set([[1]]), lambda: frozenset([{}]), lambda: set(a=1), lambda: set([1], [2]),
            lambda: frozenset(x=1), lambda: {1} < [1], lambda: {1} | [1], lambda: [1] - {1}, lambda: {1} & 2,
            lambda: set().remove(1), lambda: {1}.remove((1, 2)), lambda: set().pop(), lambda: hash(set()),
            lambda: {1}.issubset(5), lambda: {1}.update(5), lambda: {1}.add([]), lambda: {[]} ,
            lambda: frozenset().add(1), lambda: {1} ^ 3, lambda: {1}.union(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print({frozenset({1})} == {frozenset({1})}, {1} in {frozenset({1})}, {1, 2} in [{2, 1}])
t = {frozenset({1, 2}), frozenset({3})}
t.discard({1, 2}); print(t)
t.remove({3}); print(t)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(frozenset({1, 2}) | frozenset({3}), frozenset({1}) & {1, 2}, {1, 2} & frozenset({1}), {1} ^ frozenset({2}))
class MySet(set):
    def extra(self):
        return len(self) * 10
class MyFrozen(frozenset):
    pass
m = MySet([3, 1, 2])
m.tag = "x"
print(m, m.extra(), m.tag, type(m | {9}).__name__, type(m.copy()).__name__, m == {1, 2, 3}, isinstance(m, set))
f = MyFrozen([1, 2])
print(f, type(f).__name__, hash(f) == hash(frozenset({1, 2})), type(f | {3}).__name__, f.copy() == f, type(f.copy()).__name__)
print(MySet(), MyFrozen(), repr(MySet([1])))
r = set()
print(r.__len__(), set.__contains__({1}, 1), set.union({1}, [2]), frozenset.union(frozenset([1]), {2}))
print(sorted({3, 1, 2} | {5}), sum({1, 2, 3}), min(frozenset({4, 2})), any(set()), all({1, 2}))
a = {1, 2, 3}
b = a
a |= {4}
a &= {1, 2, 4, 5}
a -= {2}
a ^= {7}
print(a, b is a)
c = frozenset({1, 2})
d = c
c |= {3}
print(c, d, c is d)
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2} >= {1}, {1} > {1}, {1, 2} != {2, 1}, frozenset({1}) == {1})
print(set().isdisjoint([]), {1, 2}.isdisjoint((3, 4)), {1}.isdisjoint(iter([1])), {1, 2}.issuperset([1]), {1}.issubset(range(3)))
print({1, 2, 3}.intersection(), {1, 2, 3}.difference(), {1}.union(), {1, 2, 3}.intersection([2, 3, 4], (3, 4)), {1, 2, 3}.difference([1], (2,)))
x = {1, 2, 3}
x.intersection_update([1, 2], [2]); print(x)
x.update([5, 6], (7,), {8: 1}); print(x)
x.difference_update([5], {6}); print(x)
x.symmetric_difference_update([2, 9]); print(x)
x.symmetric_difference_update({8: 0, 10: 0}); print(x)
print({1, 2}.symmetric_difference({2: 0, 3: 0}), set({1: 2, 3: 4}.keys()), set({5: 6}.items()))
rec = MySet([1])
print(len(str(rec)))
print(set(range(5)).__sizeof__() > 0, {x % 3 for x in range(10)})
big = set(range(100000))
print(len(big), 99999 in big, -1 in big, sum(big) % 1000)
print(list(set(range(1000)) - set(range(5, 1000))), list({n * 8 for n in range(10)}))
