# property with getter, setter, deleter; read-only properties; property() call form; inheritance.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
        self.log = []
    @property
    def celsius(self):
        self.log.append("get c")
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(f"set c {value}")
        self._c = value
    @celsius.deleter
    def celsius(self):
        self.log.append("del c")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c, t.log)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)
class Manual:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 10
    x = property(get_x, set_x, None, "the x property")
m = Manual()
m.x = 4
print(m.x, Manual.x.__doc__, type(Manual.x).__name__, Manual.x.fget.__name__, Manual.x.fdel)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @Base.name.getter
    def name(self):
        return "child of " + super().name
print(Child().name, Base().name)
class Shadow:
    @property
    def attr(self):
        return "property wins"
s = Shadow()
s.__dict__["attr"] = "instance dict"
print(s.attr, s.__dict__)
class Validated:
    def __init__(self, n):
        self.n = n
    @property
    def n(self):
        return self._n
    @n.setter
    def n(self, value):
        if not isinstance(value, int):
            raise TypeError(f"n must be int, not {type(value).__name__}")
        self._n = value
print(Validated(3).n)
try:
    Validated("3")
except TypeError as e:
    print("TypeError:", e)
