# __slots__: restricted attributes, no __dict__, inheritance with and without slots, defaults via class attrs.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, type(Point.x).__name__)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class Loose(Point):
    pass
l = Loose(5, 6)
l.anything = "ok"
print(l.x, l.anything, l.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
class Unset:
    __slots__ = ("a", "b")
u = Unset()
u.a = 1
print(u.a, hasattr(u, "b"), getattr(u, "b", "unset"))
class Vec:
    __slots__ = ("coords",)
    def __init__(self, *c):
        self.coords = c
    def __repr__(self):
        return f"Vec{self.coords}"
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.coords, other.coords)])
print(Vec(1, 2) + Vec(3, 4), [Vec(i) for i in range(3)])
