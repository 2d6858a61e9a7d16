# classmethod and staticmethod: alternative constructors, inheritance, calling styles.
class Date:
    fmt = "{y:04d}-{m:02d}-{d:02d}"
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_like(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return self.fmt.format(y=self.y, m=self.m, d=self.d)
class EuroDate(Date):
    fmt = "{d:02d}.{m:02d}.{y:04d}"
d = Date.from_string("2024-02-29")
e = EuroDate.from_string("1999-12-31")
print(d, e, type(e).__name__, EuroDate.today_like(), type(EuroDate.today_like()).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), EuroDate.is_leap(2023))
print([y for y in range(1896, 1920) if Date.is_leap(y)])
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, e.from_string.__self__ is EuroDate, Date.is_leap.__name__)
class Registry:
    _items = []
    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls._items)
class SubRegistry(Registry):
    _items = []
Registry.register("a").register("b")
SubRegistry.register("c")
print(Registry.count(), SubRegistry.count(), Registry._items, SubRegistry._items)
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    double = staticmethod(lambda x: x * 2)
    def instance_method(self):
        return self.add(1, 2) + self.double(5)
print(Util.add(1, 2), Util().add(3, 4), Util.double(8), Util().instance_method())
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    length = sm
    name = cm
print(Late.length("abcd"), Late.name(), Late().name())
print(callable(sm), sm.__func__ is len, cm.__func__.__name__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def reset(cls):
        cls.instances = 0
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
SubCounter.reset()
print(Counter.instances, SubCounter.instances)
