# o.m(args) looks m up before it evaluates the arguments (CPython's LOAD_METHOD comes
# first): a failed lookup evaluates none of them, and arguments that change the class,
# the instance or the module do not change which callable is called.
import math
import sys

log = []


def arg(tag, value=1):
    log.append(tag)
    return value


class A:
    def m(self, *args, **kw):
        return ("A.m", args, sorted(kw.items()))

    @staticmethod
    def sm(x):
        return ("sm", x)

    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)


a = A()

# A failed lookup: no argument is evaluated.
for call in (lambda: a.missing(arg("one")),
             lambda: a.missing(arg("k"), key=arg("kw")),
             lambda: a.missing(arg("1"), arg("2"), arg("3"), arg("4")),
             lambda: math.nope(arg("math")),
             lambda: sys.nope(x=arg("sys"))):
    try:
        call()
    except AttributeError as e:
        print("AttributeError:", e, log)

# Arguments that replace the method: the old one is called.
def replace(value):
    A.m = lambda self, *args: ("replaced", args)
    return value

print(a.m(replace(5)))
print(a.m(arg("x")))
del A.m

class B:
    def m(self, x):
        return ("B.m", x)

b = B()
def shadow(value):
    b.m = lambda x: ("instance", x)
    return value
print(b.m(shadow(7)))
print(b.m(8))
del b.m
print(b.m(arg("z")))
A.m = B.m

# Keywords, more than three positionals, static and class methods, builtins' methods.
print(a.m(arg("r")))
A.m = lambda self, *args, **kw: ("kw", args, sorted(kw.items()))
print(a.m(arg("p"), k=arg("q")))
def m4(self, a, b, c, d):
    return ("m4", a, b, c, d)
A.m4 = m4
print(a.m4(arg(1), arg(2), arg(3), arg(4)))
print(a.sm(arg("s")), A.sm(arg("t")), a.cm(arg("u")), A.cm(arg("v")))
lst = []
lst.append(arg("w", 10))
print(lst, {}.get(arg("key"), arg("default")), ",".join([str(arg(i)) for i in range(3)]))
print(math.floor(arg("f", 2.5)), math.hypot(arg("h1", 3), arg("h2", 4)))

# __getattr__ runs before the arguments.
class Dyn:
    def __getattr__(self, name):
        log.append("getattr " + name)
        return lambda *args: (name, args)
print(Dyn().anything(arg("after getattr")))

# A property that returns a callable.
class P:
    @property
    def f(self):
        log.append("property")
        return len
print(P().f(arg("prop", "abc")))

# super().m(...) inside a method.
class C(B):
    def m(self, x):
        return ("C.m", super().m(arg("super", x)))
print(C().m(3))

# A bound method stored on the instance with self already bound.
class D:
    pass
d = D()
d.f = b.m
print(d.f(arg("bound")))
print(log)
