# async for, async with and async generators (asend/athrow/aclose, aiter/anext), driven by hand without asyncio.
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

def run(coro, answers=None):
    """Drive a coroutine by hand; every suspension is printed and answered."""
    answers = list(answers or [])
    value = None
    try:
        while True:
            tag = coro.send(value)
            print("  suspended:", tag)
            value = answers.pop(0) if answers else None
    except StopIteration as e:
        return e.value

class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await suspend(f"next {self.i}")
        self.i += 1
        return self.i - 1

async def consume():
    out = []
    async for x in AsyncRange(3):
        out.append(x)
    else:
        out.append("else")
    return out
print(run(consume()))

async def with_break():
    async for x in AsyncRange(10):
        if x == 2:
            break
    return x
print(run(with_break()))

class Manager:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        await suspend("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await suspend("exit " + self.name)
        print("  exit got", typ.__name__ if typ else None, val)
        return self.swallow

async def use_managers():
    async with Manager("a") as a, Manager("b") as b:
        print("  body", a, b)
    async with Manager("c", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Manager("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("  propagated", e)
    return "done"
print(run(use_managers()))

async def agen(n):
    for i in range(n):
        got = await suspend(f"agen {i}")
        yield i * 10
    print("  agen finished")

async def use_agen():
    total = []
    async for v in agen(3):
        total.append(v)
    return total
print(run(use_agen()))

g = agen(2)
print(type(g).__name__, repr(g).startswith("<async_generator object agen"), g.__aiter__() is g)
aw = g.__anext__()
print(type(aw).__name__)
try:
    print(aw.send(None))
    aw.send(None)
except StopIteration as e:
    print("item", e.value)

async def echo():
    received = None
    while True:
        received = yield received
g = echo()
def step(aw, v=None):
    try:
        aw.send(v)
    except StopIteration as e:
        return e.value
print(step(g.asend(None)), step(g.asend("hello")), step(g.asend("world")))
try:
    step(g.athrow(ValueError("boom")))
except ValueError as e:
    print("athrow ->", e)
try:
    step(g.asend(1))
except StopAsyncIteration:
    print("StopAsyncIteration after athrow")

async def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
g = closer()
print(step(g.__anext__()))
print(step(g.aclose()))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("closed generator ends")

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
step(g.__anext__())
try:
    step(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

aw = agen(1).__anext__()
try:
    while True: aw.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def use_builtins():
    it = aiter(AsyncRange(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stop"
    return a, b, c, d
print(run(use_builtins()))

try:
    aiter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    anext(5)
except TypeError as e:
    print("TypeError:", e)

async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)
async def bad_with():
    async with 5:
        pass
try:
    run(bad_with())
except TypeError as e:
    print("TypeError:", e)

async def ret_in_with():
    async with Manager("r"):
        return "returned"
print(run(ret_in_with()))

async def stop_async_inside():
    raise StopAsyncIteration
    yield
try:
    step(stop_async_inside().__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(use_agen(), [1, 2, 3]))
