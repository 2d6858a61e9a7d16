# Higher-order functions: map/filter/reduce by hand, partial application, pipelines.
def my_map(fn, seq):
    return [fn(x) for x in seq]
def my_filter(pred, seq):
    return [x for x in seq if pred(x)]
def my_reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * 3, nums), my_filter(lambda x: x % 2, nums), my_reduce(lambda a, b: a * b, nums, 1))
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return call
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(100, mod=1000), partial(power, 3, 4)())
def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print([clean(s) for s in ["  Hello World ", "ABC", " x y z "]])
def apply_n(fn, n):
    def go(x):
        for _ in range(n):
            x = fn(x)
        return x
    return go
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hey"))
def memoize(fn):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapped
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths(16, 16))
def flip(fn):
    return lambda a, b: fn(b, a)
print(flip(lambda a, b: a - b)(1, 10), flip(divmod)(3, 17))
funcs = [abs, str, bool, len, sorted, sum, max, min, list, tuple]
for fn in funcs:
    try:
        print(fn.__name__, fn([3, -1, 2]))
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
def zip_with(fn, *seqs):
    return [fn(*items) for items in zip(*seqs)]
print(zip_with(lambda a, b, c: a + b * c, [1, 2, 3], [4, 5, 6], [7, 8, 9]))
print(sorted(["b", "A", "c"], key=str.lower), list(map(len, ["", "ab", "abc"])), any(map(str.isdigit, "ab3")))
