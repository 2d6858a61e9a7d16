# Attribute sites remember what they found (inline caches); every change that CPython
# sees must be seen here too, at the same site.

class A:
    x = 'class x'
    def m(self, v):
        return ('A.m', v)

def load_x(o):
    return o.x

def call_m(o):
    return o.m(1)

a = A()
print(load_x(a), call_m(a))
a.x = 'inst x'
print(load_x(a))
del a.x
print(load_x(a))

# a method shadowed by an instance attribute after the site cached the method
a.m = lambda v: ('instance m', v)
print(call_m(a))
del a.m
print(call_m(a))

# class changes after caching
A.m = lambda self, v: ('new A.m', v)
print(call_m(a))
A.x = 'changed class x'
print(load_x(A()))

# base class changes reach subclasses
class B(A):
    pass
b = B()
print(load_x(b), call_m(b))
A.x = 'base changed'
A.m = lambda self, v: ('base m again', v)
print(load_x(b), call_m(b))

# __dict__ replaced, and popitem then re-add (the name's absence must be re-proved)
c = A()
print(call_m(c))
c.y = 1
c.__dict__ = {'z': 2}
print(call_m(c), c.z)
d = A()
d.p = 1
d.q = 2
print(call_m(d))
d.__dict__.popitem()
d.__dict__['m'] = lambda v: ('popitem then m', v)
print(call_m(d))

# a property replaced by a plain class attribute, and back
class P:
    @property
    def x(self):
        return 'property x'
p = P()
print(load_x(p))
P.x = 'plain x'
print(load_x(p))
P.x = property(lambda self: 'second property')
print(load_x(p))

# a descriptor class that gains __get__ after a site cached its instance as a plain value
class D:
    pass
class HasD:
    x = D()
h = HasD()
print(type(load_x(h)).__name__)
D.__get__ = lambda self, obj, owner: 'now a descriptor'
print(load_x(h))

# __getattr__ added to a class later
class G:
    pass
g = G()
try:
    load_x(g)
except AttributeError as e:
    print('AttributeError:', e)
G.__getattr__ = lambda self, name: 'from __getattr__ ' + name
print(load_x(g))

# __slots__ and many types at one site
class S:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 'slot x'
for o in [S(), A(), b, p, h, g, S()]:
    print(load_x(o))

# stores: new attributes, replaced ones, and a data descriptor defined later
class W:
    pass
def store(o, v):
    o.w = v
w = W()
store(w, 1); store(w, 2)
print(w.w, w.__dict__)
W.w = property(lambda self: 'prop', lambda self, v: print('setter got', v))
store(w, 3)
print(w.w, w.__dict__)

# module attributes
import math
def mod_call(x):
    return math.sqrt(x)
print(mod_call(16.0))
math.sqrt = lambda x: 'patched'
print(mod_call(16.0))
del math.sqrt
try:
    mod_call(1.0)
except AttributeError as e:
    print('AttributeError:', e)

# a bound method kept and called later, and methods with default arguments
class R:
    def f(self, a=1, b=2):
        return a + b
r = R()
print(r.f(), r.f(10), r.f(10, 20), r.f(b=5))
bound = r.f
print(bound(3))
