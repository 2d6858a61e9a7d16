# compare: stderr
# A local assigned once from `o.attr` and only called keeps the method unbound with o beside
# it (compiler/methodLocals.ts): every case must behave as the bound method would.
import math
import random


class C:
    k = 10

    def __init__(self, v):
        self.v = v

    def m(self, a=1, b=2, c=3):
        return (self.v, a, b, c)

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)

    @staticmethod
    def sm(x):
        return ('sm', x)

    @property
    def prop(self):
        return lambda y: ('prop', self.v, y)

    def one(self):
        return self.v

    def boom(self):
        raise ValueError(f'boom {self.v}')


class D(C):
    def m(self, a=1, b=2, c=3):
        return ('D', super().m(a, b, c))


class L(list):
    pass


def methods():
    o = C(1)
    m = o.m
    out = [m(), m(4), m(4, 5), m(4, 5, 6)]
    d = D(2)
    dm = d.m
    out.append(dm(7))
    cm = o.cm
    sm = o.sm
    pr = o.prop
    out += [cm(1), sm(2), pr(3)]
    return out


def builtins_methods():
    lst = []
    append = lst.append
    for i in range(5):
        append(i * i)
    lst2 = L()
    ap2 = lst2.append
    ap2('x')
    up = 'abc'.upper
    bl = (255).bit_length
    d = {'a': 1}
    get = d.get
    sq = math.sqrt
    return lst, lst2, up(), bl(), get('a'), get('z'), get('z', 0), sq(16.0)


def random_methods():
    rng = random.Random(7)
    r = rng.random
    g = rng.gauss
    u = rng.uniform
    return [round(r(), 12), round(g(0.0, 1.0), 12), round(u(1.0, 2.0), 12)]


def shadowed_and_replaced():
    o = C(3)
    o.m = lambda *a: ('instance', a)
    m = o.m
    first = m(1)
    p = C(4)
    pm = p.m
    saved = C.m
    C.m = lambda self, *a: ('replaced', a)
    after = pm(5)  # the method looked up before the change: still the old function
    C.m = saved
    lst = [1]
    append = lst.append
    lst = []
    append(2)  # appends to the list it was taken from
    return first, after, lst


def arity_errors():
    out = []
    rng = random.Random(1)
    r = rng.random
    try:
        r(1)
    except TypeError as e:
        out.append(str(e))
    o = C(5)
    one = o.one
    try:
        one(1)
    except TypeError as e:
        out.append(str(e))
    cm = o.cm
    try:
        cm()
    except TypeError as e:
        out.append(str(e))
    lst = []
    pop = lst.pop
    try:
        pop()
    except IndexError as e:
        out.append(str(e))
    return out


def unbound(flag):
    if flag:
        m = C(6).m
    return m()


def not_only_called():
    lst = []
    append = lst.append
    append(1)
    return type(append).__name__, append.__self__ is lst, lst


def assigned_twice():
    o = C(7)
    m = o.m
    r1 = m()
    m = o.cm
    return r1, m(2)


def with_locals():
    o = C(8)
    m = o.m
    names = sorted(locals())
    return m(), names


def recursive(n):
    o = C(n)
    m = o.m
    if n == 0:
        return m()
    rec = recursive
    return (m(0), rec(n - 1))


def gen():
    o = C(9)
    m = o.m
    yield m()
    yield m(2)


class Dyn:
    def __getattr__(self, name):
        return lambda *a: ('dyn', name, a)


def dynamic():
    f = Dyn().anything
    return f(1, 2)


def raising():
    o = C(11)
    b = o.boom
    b()


print(methods())
print(builtins_methods())
print(random_methods())
print(shadowed_and_replaced())
print(arity_errors())
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)
print(not_only_called())
print(assigned_twice())
print(with_locals())
print(recursive(2))
print(list(gen()))
print(dynamic())
raising()
