# Every construct that binds a name: assignment, for, with-as, except-as, import-as, def, class, comprehension (not), walrus, match capture, del.
import math as m
from math import sqrt as root
print(m.pi > 3, root(9))
for loop_var in range(2):
    pass
print(loop_var)
class Ctx:
    def __enter__(self):
        return "ctx value"
    def __exit__(self, *a):
        return False
with Ctx() as bound:
    pass
print(bound)
try:
    raise ValueError("x")
except ValueError as err:
    kept = err
print(repr(kept), "err" in dir())
def fn():
    pass
class Klass:
    pass
print(fn.__name__, Klass.__name__)
[comp_var for comp_var in range(3)]
print("comp_var" in dir())
if (walrus_var := 10) > 5:
    pass
print(walrus_var)
match {"key": "matched value"}:
    case {"key": captured}:
        pass
print(captured)
a, (b, *c) = 1, (2, 3, 4)
print(a, b, c)
x = y = 0
x += 1
print(x, y)
del x
print("x" in dir(), "y" in dir())
def scope_probe():
    import os.path
    from sys import maxsize as big
    for i in range(1):
        pass
    with Ctx() as w:
        pass
    return sorted(locals())
print(scope_probe())
