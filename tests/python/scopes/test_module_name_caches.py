"""Module and class bodies read and write their names through per-site caches of the
entry's place in the dict (rt.ts loadNameCached/storeNameCached): every way the dict can
change under a cached site must be seen."""
total = 0
for i in range(1000):
    total += i
print(total)

# The dict grows (new globals move entries to a new table) while a site is cached.
for i in range(300):
    globals()["g%d" % i] = i
    total += i
print(total, g0, g299)

# A name deleted and re-created, and rebound through globals().
x = 1
for i in range(5):
    x += 1
    if i == 2:
        del x
        x = 100
    if i == 3:
        globals()["x"] = -5
print(x)

# A builtin shadowed by a global, then unshadowed.
results = []
for i in range(4):
    if i == 1:
        len = lambda s: "shadowed"
    if i == 3:
        del len
    results.append(len("abc"))
print(results)

# Class bodies: their own dict, then names from the module.
class C:
    a = 1
    for j in range(3):
        a += j
    b = a * total
    j_seen = j
print(C.a, C.b, C.j_seen)

# A class body whose namespace is not a dict (__prepare__).
class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()
class D(metaclass=Meta):
    p = 1
    p += 1
    q = p
print(D.p, D.q)

# exec with separate globals and locals, and with a mapping as locals.
g = {"base": 10}
l = {}
exec("y = base\nfor k in range(3):\n    y += k\nz = y", g, l)
print(sorted(l.items()))
class Mapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
m = Mapping()
exec("w = 1\nfor k in range(3):\n    w += k", {}, m)
print(m.d)

# A builtin changed in the builtins module under a module-level site, and a global added
# while a builtin's site is cached (the globals' table gains an entry).
import builtins
seen = []
for i in range(6):
    seen.append(abs(-3))
    if i == 1:
        builtins.abs = lambda v: "patched"
    if i == 2:
        globals()["unrelated_new_global"] = 1
    if i == 3:
        abs = lambda v: "global"
    if i == 4:
        del abs
        import math
        builtins.abs = math.fabs
print(seen)
