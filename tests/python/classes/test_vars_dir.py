# vars() and dir() on instances, classes and modules; only sorted, user-defined names are printed.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self.b = [2]
    def method(self):
        pass
    @property
    def prop(self):
        return 0
t = Thing()
print(vars(t), t.__dict__ is vars(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print(sorted(n for n in dir(t) if not n.startswith("__")))
print(sorted(n for n in dir(Thing) if not n.startswith("__")))
print("a" in dir(t), "a" in dir(Thing), "base_method" in dir(t), "__init__" in dir(t), "__class__" in dir(t))
vars(t)["c"] = 3
print(t.c, sorted(vars(t)))
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(CustomDir()))
import math
print([n for n in dir(math) if n in ("pi", "sqrt", "floor", "tau")], "sqrt" in vars(math))
def f():
    local_one = 1
    local_two = 2
    return sorted(vars().keys()) if False else sorted(locals())
print(f())
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_"))[:12])
print(sorted(n for n in dir(1) if not n.startswith("_")))
user_globals = sorted(k for k in globals() if not k.startswith("__"))
print(user_globals)
print(type(vars(Thing)).__name__, vars(Thing)["cls_attr"])
try:
    vars(Thing)["new"] = 1
except TypeError as e:
    print("TypeError:", e)
