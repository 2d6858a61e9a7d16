# Class decorators: adding methods, registering, wrapping __init__, auto-generating __repr__/__eq__.
def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def auto_eq(cls):
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
def record(*fields):
    def deco(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} arguments")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"unknown field {k}")
                if k in values:
                    raise TypeError(f"duplicate field {k}")
                values[k] = v
            for f in fields:
                setattr(self, f, values.get(f))
        cls.__init__ = __init__
        cls.fields = fields
        return cls
    return deco
@auto_repr
@auto_eq
@record("x", "y", "label")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(1, -2, label="a")
q = Point(1, -2, "a")
print(p, q, p == q, p != q, p.norm1(), Point.fields, Point.__hash__)
print(Point(3), Point(y=5))
for bad in [lambda: Point(1, 2, 3, 4), lambda: Point(z=1), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B(A):
    pass
print(registry)
def count_instances(cls):
    original_init = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        type(self).created += 1
        original_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Item:
    def __init__(self, name):
        self.name = name
items = [Item(n) for n in "xyz"]
print(Item.created, [i.name for i in items])
def add_method(name, fn):
    def deco(cls):
        setattr(cls, name, fn)
        return cls
    return deco
@add_method("shout", lambda self: self.word.upper() + "!")
@add_method("whisper", lambda self: self.word.lower() + "...")
class Word:
    def __init__(self, w):
        self.word = w
w = Word("Hey")
print(w.shout(), w.whisper(), sorted(k for k in vars(Word) if not k.startswith("__")))
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class settings:
    debug = True
    level = 3
print(settings.debug, settings.level, type(settings).__name__)
