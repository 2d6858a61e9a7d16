# Default arguments: evaluation time, the mutable default gotcha, None sentinel pattern.
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
n = 10
def show(v=n):
    return v
n = 20
print(show(), show(5))
def counter(d={}):
    d["calls"] = d.get("calls", 0) + 1
    return d["calls"]
print(counter(), counter(), counter({}), counter())
def many(a, b=2, c=3, *rest, d=4, e, **kw):
    return a, b, c, rest, d, e, kw
print(many(1, e=5))
print(many(1, 20, 30, 40, 50, e=6, d=7, z=8))
print(many.__defaults__, many.__kwdefaults__)
def f(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(f(1), f(2), f(3, []), f(4))
def g(x=[0] * 3):
    x[0] += 1
    return x
print(g(), g(), g([5, 5, 5]), g())
g.__defaults__ = ([100],)
print(g(), g())
def h(a, b=None, *, c=[]):
    c.append(a)
    return c
print(h(1), h(2), h(3, c=[]), h.__kwdefaults__)
try:
    exec("def bad(a=1, b): pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
import time
def stamp(t=None):
    return t is None
print(stamp())
