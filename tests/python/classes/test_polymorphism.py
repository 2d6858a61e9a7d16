# Polymorphism and duck typing: abstract-like bases raising NotImplementedError, shapes, visitors.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Triangle(Shape):
    name = "triangle"
shapes = [Rect(2, 3), Square(4), Circle(1), Triangle()]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(sorted((s for s in shapes[:3]), key=lambda s: s.area())[0].name, sum(s.area() for s in shapes[:3]))
class Duck:
    def sound(self):
        return "quack"
class Robot:
    def sound(self):
        return "beep"
class Mute:
    pass
for thing in [Duck(), Robot(), Mute()]:
    print(getattr(thing, "sound", lambda: "...")())
class Node:
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)
class Num(Node):
    def __init__(self, v):
        self.v = v
class Add(Node):
    def __init__(self, l, r):
        self.l, self.r = l, r
class Mul(Node):
    def __init__(self, l, r):
        self.l, self.r = l, r
class Evaluator:
    def visit_Num(self, n):
        return n.v
    def visit_Add(self, n):
        return n.l.accept(self) + n.r.accept(self)
    def visit_Mul(self, n):
        return n.l.accept(self) * n.r.accept(self)
class Printer:
    def visit_Num(self, n):
        return str(n.v)
    def visit_Add(self, n):
        return f"({n.l.accept(self)} + {n.r.accept(self)})"
    def visit_Mul(self, n):
        return f"{n.l.accept(self)} * {n.r.accept(self)}"
expr = Mul(Add(Num(2), Num(3)), Add(Num(4), Mul(Num(5), Num(6))))
print(expr.accept(Printer()), "=", expr.accept(Evaluator()))
def total_length(items):
    return sum(len(x) for x in items)
print(total_length(["abc", [1, 2], (3,), {"k": 1}, range(10), b"xy"]))
