# Closures, cells, nonlocal, late binding, counters and accumulators.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()()
print(outer())
def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulate()
print([acc(v) for v in [1, 2, 3, 4]])
def nonlocal_chain():
    a = 1
    def level1():
        nonlocal a
        a += 1
        def level2():
            nonlocal a
            a *= 10
            return a
        return level2()
    r = level1()
    return a, r
print(nonlocal_chain())
print(make_counter.__code__.co_cellvars if hasattr(make_counter, "__code__") else None, inc.__code__.co_freevars)
print(len(inc.__closure__), inc.__closure__[0].cell_contents)
def unbound():
    def get_later():
        return later
    try:
        get_later()
    except NameError as e:
        print("NameError:", e)
    later = 5
    return get_later()
print(unbound())
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(str, lambda x: x + 1, lambda x: x * 2)(5))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
