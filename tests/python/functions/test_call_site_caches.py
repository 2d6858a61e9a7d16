# Call sites test their cache inline and call the cached target directly (codegen
# cachedCall / cachedMethodCall): every change CPython sees must be seen at the same site.
import gc
import math


def call0(f):
    return f()


def call1(f, a):
    return f(a)


def call2(f, a, b):
    return f(a, b)


def m0(o):
    return o.m()


def m1(o, a):
    return o.get(a)


def one():
    return 1


def two():
    return 2


# the function's code replaced after the site cached it
def swap():
    return 'before'


print(call0(swap), call0(swap), call0(swap))
swap.__code__ = two.__code__
print(call0(swap), call0(swap), call0(swap))

# many kinds of callee at one site: functions, builtins, bound builtins, classes, bound
# methods, callable instances, lambdas with defaults
class K:
    def __init__(self, v=0):
        self.v = v

    def m(self):
        return ('K.m', self.v)

    def __call__(self):
        return 'called'


lst = []
callees = [one, two, 'ABC'.lower, lst.copy, K, K(3).m, K(), (lambda q=5: q), dict, list.__len__.__get__([1, 2])]
for f in callees * 2:
    r = call0(f)
    print(type(r).__name__, r if not isinstance(r, K) else 'K instance')

# natives with optional parameters reached with fewer arguments
print(call1(round, 2.5), call2(round, 2.567, 2), call1(abs, -3), call2(divmod, 17, 5))
print(call1(int, '12'), call2(int, 'ff', 16), call1(str, 3.5), call2(max, 3, 9))
d = {'a': 1}
print(m1(d, 'a'), m1(d, 'b'), d.get('b', 'dflt'), d.pop('a', None), d.pop('zz', 'none'))
s = 'a,b,,c'
print(s.split(','), s.split(',', 1), s.split(), '--'.join(['x', 'y']))

# a method shadowed by an instance attribute after the site cached it, then unshadowed
# (each state is called three times: a site's first call fills its cache, the next ones use it)
k = K(1)
print(m0(k), m0(k), m0(k))
k.m = lambda: 'instance attr'
print(m0(k), m0(k), m0(k))
del k.m
print(m0(k), m0(k), m0(k))

# the class's method replaced, its code replaced, and a subclass override
k2 = K(2)
print(m0(k2), m0(k2), m0(k2))
K.m = lambda self: ('new K.m', self.v)
print(m0(k2), m0(k2), m0(k2))
K.m.__code__ = (lambda self: ('swapped code', self.v)).__code__
print(m0(k2), m0(k2), m0(k2))


class Sub(K):
    def m(self):
        return ('Sub.m', super().m())


print(m0(Sub(4)), m0(K(5)), m0(Sub(6)))


# bound builtin methods: the same site on lists, a dict and a class with `get`
class HasGet:
    def get(self, k):
        return ('HasGet', k)


for o in [{'x': 1}, HasGet(), {'x': 2}, HasGet()]:
    print(m1(o, 'x'))

# module functions: replaced and restored
orig = math.sqrt
print(call1(math.sqrt, 16.0), math.sqrt(25.0))
math.sqrt = lambda v: 'patched'
print(math.sqrt(25.0))
math.sqrt = orig
print(math.sqrt(25.0))


# __getattr__ and __getattribute__ at method-call sites
class Dyn:
    def __getattr__(self, name):
        return lambda *a: ('dyn', name, a)


class Intercept:
    def m(self):
        return 'plain'

    def __getattribute__(self, name):
        if name == 'm':
            return lambda: 'intercepted'
        return object.__getattribute__(self, name)


print(m0(Dyn()), m1(Dyn(), 7), m0(Intercept()))

# functions made by exec, called at one site across collections: a collected code
# object's address may be reused by a later one, which must not run the old code (each
# site sees every second function: when written, addresses came back every second one)
results = []
for i in range(40):
    ns = {}
    exec(f"def f():\n    return {i} * 2", ns)
    site = call0 if i % 2 else (lambda f: f())
    results.append(site(ns['f']))
    del ns
    gc.collect()
print(results == [i * 2 for i in range(40)], results[:5])

# errors through direct calls: argument counts and the traceback's call position
def needs_two(a, b):
    return a + b


for f, args in [(needs_two, (1,)), (math.sqrt, ('x',)), (len, (1,))]:
    try:
        call1(f, *args) if len(args) == 1 else None
    except TypeError as e:
        print('TypeError', e)
try:
    m0(object())
except AttributeError as e:
    print('AttributeError', e)
