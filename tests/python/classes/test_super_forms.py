# super() in all its forms: zero-arg, two-arg, in classmethods, staticmethod-free, unbound super objects.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    def __repr__(self):
        return "A-repr"
class B(A):
    def f(self):
        return "B.f > " + super().f()
    @classmethod
    def make(cls):
        return "B.make > " + super().make()
class C(B):
    def f(self):
        return "C.f > " + super(C, self).f()
    def skip(self):
        return super(B, self).f()
    def __repr__(self):
        return "C(" + super().__repr__() + ")"
c = C()
print(c.f(), c.skip(), C.make(), B.make(), repr(c))
print(super(C, c).f(), super(B, c).f(), super(C, C).make())
try:
    super(A, c).f()
except AttributeError as e:
    print("AttributeError:", e)
class D(C):
    def f(self):
        inner = lambda: super(D, self).f()
        return "D.f > " + inner()
print(D().f())
class Base:
    def __init__(self, **kw):
        self.base_kw = kw
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="ann", age=30, extra=True)
print(p.name, p.age, p.base_kw, [k.__name__ for k in Person.__mro__])
class Prop:
    @property
    def value(self):
        return 10
class PropChild(Prop):
    @property
    def value(self):
        return super().value * 2
print(PropChild().value)
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created_with = args
        return obj
    def __init__(self, *args):
        self.init_args = args
w = WithNew(1, 2)
print(w.created_with, w.init_args)
class Attr:
    def __getattr__(self, name):
        return f"dynamic {name}"
class AttrChild(Attr):
    def __getattr__(self, name):
        if name.startswith("x"):
            return "child " + name
        return super().__getattr__(name)
print(AttrChild().xyz, AttrChild().abc)
class Setter:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
s = Setter()
s.n = 21
s.t = "t"
print(s.n, s.t)
def outside():
    try:
        super().f()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
