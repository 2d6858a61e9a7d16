# Decorators: plain, with arguments, stacked, class-based, preserving metadata by hand.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        log.append(f"ret {fn.__name__} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(log)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bo"))
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("stacked"))
order = []
def mark(label):
    order.append(f"factory {label}")
    def deco(fn):
        order.append(f"apply {label}")
        return fn
    return deco
@mark("outer")
@mark("inner")
def target():
    pass
print(order)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def show(x, y):
    return y * x
print(show(x=3, y="ab"))
try:
    show(x="3", y="ab")
except TypeError as e:
    print("TypeError:", e)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
deco_expr = [trace]
@deco_expr[0]
def via_subscript():
    return "pep 614"
print(via_subscript())
