# Exceptions raised inside generators: propagation, generator is finished afterwards, try/except around yield.
def failing():
    yield 1
    yield 2
    raise ValueError("boom at 3")
    yield 4
g = failing()
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print("caught", e, out)
print(next(g, "generator is finished"), list(g))
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
print(list(safe_div([(1, 2), (1, 0), (-3, 4)])))
def guarded():
    for i in range(5):
        try:
            yield i
        except KeyError:
            print("KeyError thrown at", i)
gg = guarded()
print(next(gg), next(gg), gg.throw(KeyError), next(gg), gg.throw(KeyError("x")), list(gg))
def reraiser():
    try:
        yield "a"
    except Exception as e:
        raise RuntimeError("wrapped") from e
r = reraiser()
next(r)
try:
    r.throw(TypeError("original"))
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))
def gen_finally_order(log):
    try:
        log.append("start")
        yield 1
        log.append("after yield")
        yield 2
    finally:
        log.append("finally")
log = []
for v in gen_finally_order(log):
    log.append(f"got {v}")
print(log)
def raising_gen_expr():
    return (10 // x for x in [5, 2, 0, 1])
ge = raising_gen_expr()
collected = []
try:
    for v in ge:
        collected.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, collected)
print(list(ge))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def context_in_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "inside except"
        try:
            raise ValueError("second")
        except ValueError as e:
            yield f"context: {e.__context__!r}"
print(list(context_in_gen()))
