# dict construction and update from mappings, iterables of pairs, keyword args; duplicate keys; order.
d = dict([("a", 1), ("b", 2)], c=3, a=10)
print(d)
d.update({"b": 20}, d=4)
print(d)
d.update([("e", 5), ("a", 0)])
print(d)
d.update(zip("xy", range(2)))
print(d)
d.update()
print(d)
class M:
    def keys(self):
        return iter(["k1", "k2"])
    def __getitem__(self, k):
        return k * 2
d.update(M())
print(d)
print({"a": 1, "a": 2, "b": 3, "a": 4}, dict(a=1, **{"b": 2}))
try:
    d.update([("only one",)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
base = {"x": 1, "y": 2}
override = {"y": 20, "z": 30}
print(base | override, override | base, {**base, **override} == base | override)
merged = dict(base)
merged |= override
print(merged, base)
print(dict.fromkeys(["p", "q", "p"]), dict.fromkeys(range(3), "v"), dict(((i, i * i) for i in range(4))))
nested = {"a": {"b": 1}}
shallow = dict(nested)
shallow["a"]["b"] = 99
print(nested)
copy = {k: dict(v) for k, v in nested.items()}
copy["a"]["b"] = 0
print(nested, copy)
counts = dict.fromkeys("hello", 0)
for ch in "hello":
    counts[ch] += 1
print(counts)
print(list({3: 0, 1: 0, 2: 0}), list({**{3: 0}, 1: 0, 3: 1}))
