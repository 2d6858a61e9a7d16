# A hand-written round-robin scheduler: futures, yielding awaitables, an async generator pipeline, exc_info across awaits.
import types

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.waiters = []
    def set_result(self, v):
        self.done, self.result = True, v
        for w in self.waiters:
            loop.ready.append(w)
        self.waiters.clear()
    def __await__(self):
        while not self.done:
            yield self
        return self.result

@types.coroutine
def yield_now():
    yield None

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro):
        self.ready.append(coro)
    def run(self):
        while self.ready:
            coro = self.ready.pop(0)
            try:
                what = coro.send(None)
            except StopIteration as e:
                self.log.append(("done", coro.__name__, e.value))
                continue
            except Exception as e:
                self.log.append(("error", coro.__name__, repr(e)))
                continue
            if isinstance(what, Future):
                what.waiters.append(coro)
            else:
                self.ready.append(coro)

loop = Loop()
fut = Future()

async def producer(n):
    for i in range(n):
        await yield_now()
        loop.log.append(("produce", i))
    fut.set_result(n * 10)
    return "producer done"

async def consumer():
    v = await fut
    loop.log.append(("consumed", v))
    return v + 1

async def ticker(name, n):
    for i in range(n):
        loop.log.append((name, i))
        await yield_now()
    return name

async def failing():
    await yield_now()
    raise ValueError("bad")

async def numbers(n):
    for i in range(n):
        await yield_now()
        yield i

async def squares(src):
    async for x in src:
        yield x * x

async def pipeline():
    total = 0
    async for s in squares(numbers(4)):
        total += s
    return total

loop.spawn(consumer())
loop.spawn(producer(3))
loop.spawn(ticker("a", 2))
loop.spawn(ticker("b", 3))
loop.spawn(failing())
loop.spawn(pipeline())
loop.run()
for entry in loop.log:
    print(entry)

import sys
async def exc_info_kept():
    try:
        raise KeyError("x")
    except KeyError:
        await yield_now()
        return repr(sys.exc_info()[1])
c = exc_info_kept()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, sys.exc_info()[0].__name__)
