# Unbounded recursion through natives and special methods raises RecursionError (never a
# host stack overflow). Where CPython 3.11's depth accounting is stable (it counts Python
# frames, calls of METH_O/NOARGS builtins, repr(), str(), rich comparisons and class calls),
# the depth reached and the message are printed exactly; elsewhere only that it was deep.
import sys


def measure(fn):
    depth = [0]
    try:
        fn(depth)
    except RecursionError as e:
        return depth[0], str(e)
    return depth[0], 'no error'


def exact(name, fn):
    print(name, *measure(fn))


def deep(name, fn):
    d, msg = measure(fn)
    print(name, d > 300, msg.startswith('maximum recursion depth exceeded'))


def plain(d):
    d[0] += 1
    plain(d)


class R:
    def __init__(self, d): self.d = d
    def __repr__(self):
        self.d[0] += 1
        return repr(self)


class G:
    def __init__(self, d): self.d = d
    def __getattr__(self, name):
        self.d[0] += 1
        return self.missing


class E:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d[0] += 1
        return self == other


class A:
    def __init__(self, d): self.d = d
    def __add__(self, other):
        self.d[0] += 1
        return self + other


class I:
    def __init__(self, d):
        d[0] += 1
        I(d)


class H:
    def __init__(self, d): self.d = d
    def __hash__(self):
        self.d[0] += 1
        return hash(self)


class P:
    def __init__(self, d): self.d = d
    @property
    def p(self):
        self.d[0] += 1
        return self.p


def viamap(d):
    d[0] += 1
    return list(map(viamap, [d]))


def sortkey(d):
    def key(x):
        d[0] += 1
        return sorted([1, 2], key=key)
    sorted([1], key=key)


def gen(d):
    d[0] += 1
    yield next(gen(d))


class L:
    def __init__(self, d): self.d = d
    def __len__(self):
        self.d[0] += 1
        return len(self)


class S:
    def __init__(self, d): self.d = d
    def __str__(self):
        self.d[0] += 1
        return str(self)


exact('plain', plain)
exact('repr', lambda d: repr(R(d)))
exact('getattr', lambda d: G(d).x)
exact('eq', lambda d: E(d) == 1)
exact('add', lambda d: A(d) + 1)
exact('init', lambda d: I(d))
exact('hash', lambda d: hash(H(d)))
exact('property', lambda d: P(d).p)
exact('map', viamap)
deep('sorted', sortkey)
deep('gen', lambda d: next(gen(d)))
deep('len', lambda d: len(L(d)))
deep('str', lambda d: str(S(d)))

nested = []
for i in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print('nested repr:', e)
a, b = [], []
for i in range(5000):
    a, b = [a], [b]
try:
    a == b
except RecursionError as e:
    print('nested ==:', e)

sys.setrecursionlimit(200)
exact('plain at 200', plain)
exact('repr at 200', lambda d: repr(R(d)))
sys.setrecursionlimit(5000)
exact('plain at 5000', plain)
print('after', sys.getrecursionlimit())
