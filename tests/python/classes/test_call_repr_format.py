# __call__, __repr__, __str__, __format__, __bytes__, __index__, __int__/__float__ conversions.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), list(map(add5, [0, 10])))
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str-only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(r, str(r), [r], (r,), {"k": r})
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at "), [s][0])
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt()), format(Fmt(), "abc"), f"{Fmt():>10}", "{:x}".format(Fmt()), f"{Fmt()!s}"[:6])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Index:
    def __index__(self):
        return 3
lst = list(range(10))
print(lst[Index()], lst[Index():], bin(Index()), hex(Index()), oct(Index()), "abcdef"[Index()], range(Index()), [0] * Index())
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __round__(self, n=None):
        return f"rounded {n}"
    def __trunc__(self):
        return 9
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
import math
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
class B:
    def __bytes__(self):
        return b"bytes!"
print(bytes(B()))
class Hashable:
    def __hash__(self):
        return 12345
print(hash(Hashable()))
class Sized:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 99
print(len(Sized()))
class Both2:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Derived(Both2):
    pass
print(Both2("x"), Derived("y"), [Derived("z")], repr(Derived("q")))
