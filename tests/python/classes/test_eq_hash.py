# __eq__/__hash__ interplay: defining __eq__ removes hashing, explicit __hash__, identity defaults.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class EqNoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqNoHash.__hash__ is None)
try:
    {EqNoHash(1)}
except TypeError as e:
    print("TypeError:", e)
class EqHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqHash) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"EqHash({self.v})"
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s, {EqHash(3): "x"}[EqHash(3)], sorted(s, key=lambda e: e.v))
class Parent:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
class ChildEq(Parent):
    def __eq__(self, o):
        return False
class ChildNoEq(Parent):
    pass
print(ChildEq.__hash__ is None, ChildNoEq.__hash__ is Parent.__hash__, hash(ChildNoEq()))
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(BigHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Mutable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
m = Mutable(1)
d = {m: "stored"}
m.v = 2
print(d.get(Mutable(1)), d.get(Mutable(2)), m in d, len(d))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2)), hash("") == hash(""), hash(None) == hash(None))
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1.5), hash(-2.5), hash(0.1))
print(hash((1, 2, 3)), hash(((1, 2), (3,))), hash(frozenset()), hash(True), hash(float("inf")), hash(float("-inf")))
