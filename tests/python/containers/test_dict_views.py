# keys/values/items views: liveness, set operations, membership, reprs.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(list(k), list(v), list(it), "a" in k, "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
e = {"b": 0, "c": 0, "x": 0}
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {"c", "zz"}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "q"}, k.isdisjoint({"q"}))
print(sorted(it & {("b", 2), ("c", 9)}), sorted(it | {("z", 26)}), sorted(it - {("d", 4)}))
n = {1: "x", 2: "y", 3: "z"}
print(n.keys() & {2, 3, 4}, n.keys() | {5}, n.keys() - {1}, n.keys() ^ {1, 9}, {0, 1} & n.keys())
print(type(n.keys() & {2}).__name__, list(reversed(n.keys())), list(reversed(n.items())))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
vals = {"x": [1], "y": [1]}.values()
print(vals == vals, list(vals) == [[1], [1]], [1] in vals)
mp = n.keys().mapping if hasattr(n.keys(), "mapping") else None
print(mp)
for key, value in n.items():
    print(key, value)
print(sorted(n.items(), key=lambda kv: kv[1], reverse=True), max(n.values()), min(n, key=n.get))
print(dict(n.items()) == n, set(n.values()) == {"x", "y", "z"}, sorted(n.values()))
