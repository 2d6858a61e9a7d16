def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, b=1, *args, c, d=2, **kw): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3): pass
def f(*, a): pass
def f(a: int, b: str = 'x', *args: int, c: bool, **kw: dict) -> None: pass
def f(a, b, /): pass
def f(*args: *Ts): pass
def f(
    a,
    b,
):
    return a + b
def f():
    """docstring"""
    x = 1
    return
def f():
    yield
    yield 1
    yield 1, 2
    yield from g()
    x = yield
    y = yield from z
    return (yield)
