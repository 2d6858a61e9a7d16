# Builtins that hold fresh objects (a generator's items, a mapping's values, unpacked
# arguments) while they call back into Python code (__hash__, __eq__, __index__,
# __float__, __str__): the objects must stay rooted (run with --gc-stress).
class Key:
    def __init__(self, v):
        self.v = [v, str(v) * 2]
    def __repr__(self):
        return "Key(%r)" % ([self.v[0]] * 2,)
    def __str__(self):
        return "<" + "-".join(str(x) for x in [self.v[0]] * 3) + ">"
    def __hash__(self):
        return hash(tuple([self.v[0], "k"]))
    def __eq__(self, other):
        return isinstance(other, Key) and [self.v[0]] == [other.v[0]]
    def __lt__(self, other):
        return [self.v[0]] < [other.v[0]]
    def __index__(self):
        return len([self.v[0]] * 3) + self.v[0]
    def __float__(self):
        return float(len(str([self.v[0]] * 2)))

def keys(n):
    for i in range(n):
        yield Key(i)

class Mapping:
    def keys(self):
        return [Key(i) for i in range(5)]
    def __getitem__(self, k):
        return [Key(k.v[0] * 10), "v" * 3]

print(dict.fromkeys(keys(5), [1, 2]))
d = {}
d.update(Mapping())
print(d)
print(dict(Mapping()))
print(dict((Key(i), [Key(i)]) for i in range(5)))
print(dict(((x for x in [Key(i), [Key(i)]]) for i in range(5))))
print(*keys(5))
print(*keys(3), Key(9), *keys(2), sep=str(Key(4)))
print(max(*keys(5)), min(*keys(5), key=lambda k: [-k.v[0]]))
import math
print(math.dist(keys(3), keys(3)), math.hypot(*keys(4)))
print(bytes(keys(10)), bytearray(keys(5)))
def f(*args, **kw):
    return [args, sorted(kw.items())]
print(f(*keys(3), *[Key(7)], k=Key(8), **{"z" + str(i): Key(i) for i in range(2)}))

class Base:
    pass
def bases():
    yield type("Made", (Base,), {"tag": [Key(1)]})
class C(*bases()):
    pass
print(C.__mro__[1].__name__, C.tag)

s = set()
s.update(keys(5), keys(7))
print(sorted(s))
print(sorted(keys(6), key=lambda k: [k.v[0] % 3, str(k)]))
print({*keys(3)} == set(keys(3)), sorted({*keys(4), *[Key(9)]}))

class FreshBase:
    def __mro_entries__(self, bases):
        return (type("Made" + str(len(bases)), (), {"tag": [Key(1)]}),)
class Z(FreshBase(), FreshBase()):
    pass
print([c.__name__ for c in Z.__mro__], Z.tag)
