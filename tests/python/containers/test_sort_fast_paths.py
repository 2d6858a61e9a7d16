# list.sort and sorted take fast paths (list.ts): immediates without a key sort natively,
# numeric keys and str keys without surrogates compare in JS; everything else merges
# with Python comparisons. Results, stability and reverse must be CPython's.
import random
r = random.Random(7)
data = [r.random() for _ in range(1000)] + [1.0, 2.0, -0.0, 0.0, 0, 1, 2, True, float('inf'), -float('inf'), 10**20 * 1.0] 
r.shuffle(data)
print(sorted(data)[:8], sorted(data)[-4:])
print(sorted(data, reverse=True)[:5])
pairs = [(x % 5, i) for i, x in enumerate(range(50))]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
ints = [r.randrange(-100, 100) for _ in range(200)]
print(sorted(ints) == sorted(ints, key=lambda v: v), sorted(ints)[:10])
mixed = [3, 1.5, -2, 2**60, 7.25]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted(["b", "a", "c"]), sorted([[2], [1]]))
zeros = [0.0, -0.0, 0, False]
print([repr(z) for z in sorted(zeros)], [repr(z) for z in sorted(zeros, reverse=True)])
l = [5, 3, 1]
try:
    l.sort(key=lambda v: l.append(v) or v)
except ValueError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print([k.v for k in sorted([K(3), K(1), K(2)])])

words = ["b\U0001F600", "b\uffff", "a", "B", "\u00e9", "e", "b"]
print(sorted(words), sorted(words, reverse=True))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: str(r[1])), sorted(recs, key=lambda r: str(r[1]), reverse=True))
class S(str):
    pass
print(sorted([S("b"), "a", S("c")]))
big = [r.randrange(-10**6, 10**6) for _ in range(5000)]
assert sorted(big) == sorted(big, key=lambda v: (v,)), "int sort"
fl = [r.random() - 0.5 for _ in range(5000)] + [0.0, -0.0, 1.0]
assert sorted(fl) == sorted(fl, key=lambda v: (v,)), "float sort"
st = [str(r.randrange(10**6)) for _ in range(5000)]
assert sorted(st) == sorted(st, key=lambda v: (v,)), "str sort"
print("large sorts agree")
