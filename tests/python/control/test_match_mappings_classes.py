# match statement: mapping patterns, class patterns with __match_args__, builtin class patterns.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
events = [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "ctrl": False}, {"type": "scroll"}, {"x": 1}, [1], {"type": "key", "key": 5}]
for e in events:
    print(e, "->", handle(e))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle(_, r):
            return f"circle area {3 * r * r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w * w}"
        case Rect(w=w, h=h):
            return f"rect {w * h}"
        case Point(x, y):
            return f"point {x},{y}"
        case int() | float() as n:
            return f"number {n}"
        case str(s):
            return f"string {s}"
        case [Point(), *_] as pts:
            return f"{len(pts)} points"
        case _:
            return "unknown"
for s in [Circle(Point(0, 0), 2), Circle(Point(5, 1), 20), Circle(Point(1, 1), 3), Rect(3, 3), Rect(2, 5), Point(7, 8),
          4, 2.5, "hi", [Point(1, 2), Point(3, 4)], None]:
    print(area(s))
try:
    match Rect(1, 2):
        case Rect(1, 2):
            print("matched")
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others", others)
match 42:
    case bool():
        print("bool")
    case int(n):
        print("int", n)
match True:
    case int(n):
        print("True is an int", n)
