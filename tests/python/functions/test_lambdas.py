# Lambdas: as arguments, immediately invoked, with defaults, closures, conditional bodies.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print(square.__name__, add.__defaults__, (lambda: 0).__name__, (lambda x, /, y, *, z: 0).__code__.co_argcount)
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(6))), list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
abs_or_zero = lambda x: x if x > 0 else 0
print([abs_or_zero(v) for v in [-2, 0, 3]])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print({k: f(12, 4) for k, f in ops.items()})
counter = (lambda: [0])()
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
print((lambda x: (lambda y: x + y))(3)(4), (lambda: (yield))().__class__.__name__)
print(max(["apple", "fig", "banana"], key=lambda s: (len(s), s)), min(range(-5, 5), key=lambda v: (v - 2) ** 2))
f = lambda: None
f.attr = "lambda attribute"
print(f(), f.attr, callable(f), type(f).__name__, f.__qualname__)
def outer():
    return lambda: None
print(outer().__qualname__)
