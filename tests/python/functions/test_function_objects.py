# Functions as objects: stored in containers, compared, passed around, attributes as state, introspection of code.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "max": max, "pow": pow}
print({k: f(7, 3) for k, f in ops.items()})
print(add == add, add != sub, add is ops["+"], callable(ops["max"]), sorted(ops, key=lambda k: k))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "-")]
value = "  Hello World  "
for fn in pipeline:
    value = fn(value)
print(value)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
print(counter(), counter(), counter.calls)
def describe(fn):
    code = fn.__code__
    return fn.__name__, code.co_argcount, code.co_kwonlyargcount, fn.__defaults__
def sample(a, b=2, *args, c, d=4, **kw):
    return a
print(describe(sample), describe(add), describe(lambda: 0))
def make_ops():
    return [lambda x, n=n: x ** n for n in range(4)]
print([f(3) for f in make_ops()])
def apply_all(fns, *args):
    return [f(*args) for f in fns]
print(apply_all([min, max, sum, len, sorted], [4, 1, 3]))
def returns_function(kind):
    def square(x):
        return x * x
    def cube(x):
        return x ** 3
    return {"square": square, "cube": cube}[kind]
print(returns_function("square")(5), returns_function("cube")(5), returns_function("cube").__qualname__)
funcs = sorted([sub, add, max], key=lambda f: f.__name__)
print([f.__name__ for f in funcs])
print(type(add).__name__, type(max).__name__, type(lambda: 0).__name__, type(str.upper).__name__, type("".upper).__name__)
