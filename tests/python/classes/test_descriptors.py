# Descriptors: data vs non-data precedence, __get__ with None instance, functions as descriptors.
class DataDesc:
    def __get__(self, obj, objtype=None):
        return f"data get (obj is None: {obj is None}, type: {objtype.__name__})"
    def __set__(self, obj, value):
        obj.__dict__["_data_set"] = value
class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data get"
class C:
    d = DataDesc()
    n = NonDataDesc()
c = C()
print(c.d, "|", C.d, "|", c.n, "|", C.n)
c.__dict__["d"] = "instance value for d"
c.__dict__["n"] = "instance value for n"
print(c.d, "|", c.n)
c.d = 5
print(c.__dict__)
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age, p.__dict__)
def plain(self):
    return f"plain called on {type(self).__name__}"
class Host:
    method = plain
h = Host()
print(h.method(), plain.__get__(h)(), type(plain.__get__(h)).__name__, plain.__get__(None, Host) is plain)
class Ten:
    def __get__(self, obj, objtype=None):
        return 10
class Uses:
    ten = Ten()
print(Uses().ten, Uses.ten)
class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    computations = 0
    def __init__(self, r):
        self.r = r
    @Cached
    def area(self):
        Circle.computations += 1
        return 3 * self.r * self.r
ci = Circle(2)
print(ci.area, ci.area, ci.area, Circle.computations, "area" in ci.__dict__)
class Counter:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        obj.__dict__.setdefault("_counts", {})
        obj._counts[self.name] = obj._counts.get(self.name, 0) + 1
        return obj._counts[self.name]
class Hits:
    a = Counter()
    b = Counter()
hh = Hits()
print(hh.a, hh.a, hh.b, hh.a, hh._counts)
