# __new__: immutable subclasses, instance caching, returning other types, __init__ skipping.
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr("hello")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str))
class Positive(int):
    def __new__(cls, value):
        if value <= 0:
            raise ValueError(f"{value} is not positive")
        return super().__new__(cls, value)
print(Positive(5) + 1, type(Positive(5)).__name__)
try:
    Positive(-3)
except ValueError as e:
    print("ValueError:", e)
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print("  reuse", key)
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print("  init", key)
        self.key = key
a = Interned("a")
b = Interned("a")
c = Interned("c")
print(a is b, a is c, len(Interned._cache))
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotMine(), type(NotMine()).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple(self)}"
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p + (3,), type(p + (3,)).__name__, hash(p) == hash((1, 2)))
class Tracked:
    log = []
    def __new__(cls, *args, **kwargs):
        cls.log.append(("new", args, kwargs))
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        self.log.append(("init", args, kwargs))
Tracked(1, k=2)
print(Tracked.log)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class Float2(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 2))
    def __repr__(self):
        return f"Float2({float(self)!r})"
print(Float2(3.14159), Float2(2.0) * 2, [Float2(1 / 3)])
