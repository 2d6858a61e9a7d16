# *args, **kwargs, keyword-only and positional-only parameters, and call-site errors.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, kwargs)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9, a=10))
def pos_only(x, y, /):
    return x - y
print(pos_only(5, 3))
def kw_only(*, key, value=None):
    return key, value
print(kw_only(key=1), kw_only(value=2, key=3))
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, *[3, 4], **{"c": 5}))
errors = [
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, e=4),
    lambda: pos_only(x=1, y=2),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: pos_only(1),
    lambda: pos_only(1, 2, 3),
    lambda: collect(**{"a": 1}, a=2),
    lambda: f(1, 2, 3, c=3, e=1),
    lambda: kw_only(key=1, nope=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda x, y, z: 0)(1),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda a, *, k, j: 0)(1),
    lambda: collect(**{1: 2}),
]
for thunk in errors:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}, c=3))
def defaults_and_star(a, b=2, *args):
    return a, b, args
print(defaults_and_star(1), defaults_and_star(1, 3), defaults_and_star(1, 3, 5, 7))
def passthrough(*args, **kwargs):
    return f(*args, **kwargs)
print(passthrough(1, 2, 3, e=0))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:8])
