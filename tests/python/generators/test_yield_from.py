# yield from: delegation, return values, send/throw forwarding, nested delegation.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer received", result)
    yield "outer-done"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)), {"k": 1})))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5, []]]]], 6])))
def tree(depth, prefix="n"):
    yield prefix
    if depth:
        yield from tree(depth - 1, prefix + "L")
        yield from tree(depth - 1, prefix + "R")
print(list(tree(3)))
def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "after-catch"
def delegator():
    r = yield from thrower()
    yield ("delegator-end", r)
d = delegator()
print(next(d))
print(d.throw(ValueError("via outer")))
print(next(d))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")
c = closing_outer()
next(c)
c.close()
def returns_only():
    return 99
    yield
def uses():
    v = yield from returns_only()
    yield v
print(list(uses()))
def gen_sum():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def collector(results):
    while True:
        r = yield from gen_sum()
        results.append(r)
results = []
col = collector(results)
next(col)
for v in [1, 2, 3, None, 10, 20, None, 5, None]:
    col.send(v)
print(results)
