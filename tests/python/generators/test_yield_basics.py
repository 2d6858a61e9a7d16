# Generator basics: laziness, state, exhaustion, multiple generators, return values.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")
g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    yield 2
    return "the end"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
a, b = count_up(2), count_up(2)
print(next(a), next(b), next(a), next(b))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def gen_in_loop():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(gen_in_loop()))
def squares():
    n = 1
    while True:
        yield n * n
        n += 1
s = squares()
out = []
for v in s:
    if v > 100:
        break
    out.append(v)
print(out, next(s))
print(sum(x for x in range(10)), max(y * y for y in range(-5, 3)), "".join(c * 2 for c in "abc"))
def running_mean():
    total = count = 0
    value = yield None
    while True:
        total += value
        count += 1
        value = yield total / count
r = running_mean()
next(r)
print([r.send(v) for v in [10, 20, 30, 40]])
g = count_up(1)
print(iter(g) is g, hasattr(g, "__next__"), g.gi_running if hasattr(g, "gi_running") else None)
