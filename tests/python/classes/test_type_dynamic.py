# type() with one and three arguments, dynamic class creation, __class__, __name__ changes.
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(print).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type(1.0) == float, type(type(1)) is type)
Point = type("Point", (), {"x": 0, "y": 0, "coords": lambda self: (self.x, self.y)})
p = Point()
p.x = 5
print(Point.__name__, p.coords(), Point.x, type(p).__name__, isinstance(p, Point), Point.__bases__)
def init(self, name):
    self.name = name
Named = type("Named", (object,), {"__init__": init, "__repr__": lambda self: f"Named({self.name!r})", "kind": "named"})
print(Named("a"), Named("b").kind, [Named(c) for c in "xy"])
Sub = type("Sub", (Named,), {"extra": True})
s = Sub("sub")
print(s, s.extra, s.kind, [c.__name__ for c in Sub.__mro__], issubclass(Sub, Named))
Multi = type("Multi", (Point, Named), {})
print([c.__name__ for c in Multi.__mro__])
class Original:
    pass
Original.__name__ = "Renamed"
print(Original.__name__, Original.__qualname__, Original().__class__.__name__)
Original.__qualname__ = "Some.Qual"
print(Original.__qualname__)
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
try:
    (1).__class__ = float
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
def make_class(n):
    attrs = {f"f{i}": (lambda i: lambda self: i * n)(i) for i in range(3)}
    return type(f"Gen{n}", (), attrs)
G = make_class(10)
g = G()
print(G.__name__, g.f0(), g.f1(), g.f2())
classes = [type(f"C{i}", (), {"i": i}) for i in range(4)]
print([c.__name__ for c in classes], [c().i for c in classes], len({c for c in classes}))
print(type.__name__, object.__name__, type(object), object.__bases__, type.__bases__, int.__bases__, bool.__mro__)
