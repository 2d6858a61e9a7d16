# Rich comparisons: reflection, NotImplemented, total ordering by hand, sorting custom objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __repr__(self):
        return f"V{self.s}"
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts > o.parts
    def __ge__(self, o):
        return not self < o
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs), max(vs), min(vs), vs[1] == vs[5], vs[1] is vs[5], vs[1] != vs[2])
print(Version("1.0") < Version("1.0.1"), Version("2.0") >= Version("2.0"), Version("1.0") == "1.0", Version("1.0") != "1.0")
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)
log = []
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        log.append(f"{self.name}.__eq__({o.name})")
        return NotImplemented
    def __lt__(self, o):
        log.append(f"{self.name}.__lt__({o.name})")
        return NotImplemented
    def __gt__(self, o):
        log.append(f"{self.name}.__gt__({o.name})")
        return NotImplemented
x, y = Loud("x"), Loud("y")
print(x == y, x != y, log)
log.clear()
try:
    x < y
except TypeError as e:
    print("TypeError:", e, log)
class Always:
    def __eq__(self, o):
        return "truthy string"
    def __ne__(self, o):
        return 0
print(Always() == 1, Always() != 1, [Always()] == [1], 1 == Always())
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) in [OnlyEq(1)])
class Sub(Version):
    def __eq__(self, o):
        return "Sub.__eq__ reflected first"
print(Version("1") == Sub("1"), Sub("1") == Version("1"))
print(1 < 2 < 3 < 4, 1 < 3 < 2, (1 < 2) < 3, 5 > 3 == 3, 1 == 1 != 2)
class Chain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  compare {self.v} < {o.v}")
        return self.v < o.v
print(Chain(1) < Chain(2) < Chain(0) < Chain(5))
