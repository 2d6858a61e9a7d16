# Coroutines driven by hand: send/throw/close, await on coroutines, __await__ iterators and types.coroutine generators, errors.
import types

async def add(a, b):
    return a + b

c = add(1, 2)
print(type(c).__name__, repr(c).startswith("<coroutine object add at"), c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got * 2

async def outer():
    x = await add(3, 4)
    y = await Suspend()
    return x + y

c = outer()
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("outer ->", e.value)

@types.coroutine
def sleep0():
    v = yield "tick"
    return v

async def ticker(n):
    total = 0
    for i in range(n):
        total += await sleep0() or 0
    return total

c = ticker(3)
print(c.send(None), c.send(1), c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print("ticker ->", e.value)

def run(coro):
    """Drive a coroutine to completion, answering each suspension with None."""
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return e.value, out

print(run(ticker(2)))
c = add(1, 1)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)

async def boom():
    await Suspend()
    raise ValueError("inner")
c = boom()
c.send(None)
try:
    c.send(1)
except ValueError as e:
    print("ValueError", e)

async def catcher():
    try:
        await Suspend()
    except KeyError as e:
        return "caught " + repr(e)
c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

async def stopper():
    raise StopIteration("x")
try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

try:
    async def bad():
        await 5
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

w = add(5, 6).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper ->", e.value)

async def gen_closer():
    try:
        await Suspend()
    finally:
        print("finally ran")
c = gen_closer()
c.send(None)
c.close()
print(c.cr_code.co_name, c.cr_running)
print(isinstance(add, types.FunctionType), add.__code__.co_flags & 0x80 != 0)
