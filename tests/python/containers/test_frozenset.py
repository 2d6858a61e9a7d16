# frozenset: immutability, hashing, use as dict keys and set members, mixed operations.
f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, g, f | g, f & g, f - g, f ^ g, type(f | g).__name__, type(f | {9}).__name__, type({9} | f).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3}, frozenset() == frozenset([]), frozenset(), frozenset(f) is not None)
d = {f: "small", g: "other", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], len(d))
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), frozenset({1}) in nested, sorted(len(x) for x in nested))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
s = {1, 2}
print(frozenset({1, 2}) in {frozenset({1, 2}): 1}, {1, 2} in [s], s == frozenset(s))
powerset = [frozenset()]
for x in [1, 2, 3]:
    powerset += [p | {x} for p in powerset]
print(sorted(sorted(p) for p in powerset))
print(f.union([7]), f.intersection([1, 7]), f.difference({1}), f.symmetric_difference({1, 9}), f.issubset({1, 2, 3, 4}), f.copy() == f)
graph = {1: {2, 3}, 2: {4}, 3: {4}, 4: set()}
reach = {}
def reachable(n):
    if n not in reach:
        out = set(graph[n])
        for m in graph[n]:
            out |= reachable(m)
        reach[n] = frozenset(out)
    return reach[n]
print({n: sorted(reachable(n)) for n in graph})
