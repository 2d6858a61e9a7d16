# await inside expressions, loops, try/finally, async comprehensions and async generator expressions.
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

def run(coro):
    value = None
    trace = []
    try:
        while True:
            trace.append(coro.send(value))
            value = len(trace)
    except StopIteration as e:
        return e.value, trace

async def val(x):
    await suspend(f"val {x}")
    return x

async def expressions():
    a = [await val(1), await val(2)]
    b = {"k": await val(3)}
    c = await val(4) + await val(5)
    d = (await val(6)) if await val(True) else None
    e = f"{await val('s')}-{await val('t')}"
    f = max(await val(7), await val(8), key=lambda v: -v)
    g = await val(0) or await val(9)
    h = [x async for x in agen(3)]
    i = [await val(x) for x in range(2)]
    j = {x: y async for x, y in pairs()}
    k = await suspend("raw")
    return a, b, c, d, e, f, g, h, i, j, k

async def agen(n):
    for i in range(n):
        yield await val(i * 100)

async def pairs():
    yield "a", 1
    yield "b", await val(2)

print(run(expressions()))

async def loops():
    total = 0
    i = 0
    while await val(i) < 3:
        total += i
        i += 1
    for x in range(2):
        try:
            if x == 1:
                raise ValueError(await val("err"))
            total += await val(10)
        except ValueError as e:
            total += len(str(e))
        finally:
            await suspend("finally")
    return total
print(run(loops()))

async def nested_agen():
    async for v in agen(2):
        async with Ctx() as c:
            yield v, c

class Ctx:
    async def __aenter__(self):
        return await val("ctx")
    async def __aexit__(self, *exc):
        await suspend("exit")

async def drain():
    return [x async for x in nested_agen()]
print(run(drain()))

async def genexp_user():
    g = (x * 2 async for x in agen(3))
    print(type(g).__name__)
    out = []
    async for y in g:
        out.append(y)
    return out
print(run(genexp_user()))

class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        return (yield from val(self.v).__await__())
async def via_wrapper():
    return await Awaitable("wrapped")
print(run(via_wrapper()))

async def throw_target():
    try:
        await suspend("wait")
    except ZeroDivisionError:
        return "handled"
c = throw_target()
print(c.send(None))
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)

async def lam():
    f = lambda: val(5)
    return await f()
print(run(lam()))

def sync_caller():
    c = val(1)
    print(type(c).__name__, c.cr_code.co_name)
    c.close()
sync_caller()

async def chain(n):
    if n == 0:
        return 0
    return 1 + await chain(n - 1)
print(run(chain(50)))
