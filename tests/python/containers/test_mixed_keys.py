# Dict and set keys of many hashable types; equal numbers collapse to one key.
d = {}
keys = [1, 1.0, True, 2, 2.5, "2", (1, 2), (1, (2, 3)), None, frozenset({1}), b"b", -0.0, 0, False, 10 ** 30, "", ()]
for i, k in enumerate(keys):
    d[k] = i
print(d, len(d))
print(d[1], d[True], d[0.0], d[(1, (2, 3))], d[frozenset([1])], d[None], d[10 ** 30], d[()])
s = {1, 1.0, True, 0, 0.0, False, -0.0}
print(s, len(s))
s2 = {(1, 2), (1.0, 2.0), (True, 2)}
print(s2, len(s2))
print({1: "a", 1.0: "b"}, {1.0: "b", 1: "a"}, {0.5: 1, 1 / 2: 2})
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"
kd = {Key("Alpha"): 1}
kd[Key("ALPHA")] = 2
kd[Key("beta")] = 3
print(kd, Key("alpha") in kd, kd[Key("BETA")])
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"C{self.v}"
cd = {Collide(i): i for i in range(20)}
print(len(cd), cd[Collide(7)], list(cd)[:5])
for i in range(0, 20, 2):
    del cd[Collide(i)]
print(len(cd), list(cd), Collide(3) in cd, Collide(4) in cd)
print(hash(1) == hash(1.0), hash((1, "a")) == hash((1.0, "a")), hash(-1) == hash(-2), hash(0) == hash(0.0) == hash(False))
