# compare: stderr
# Coroutines that were never started and are still alive at exit: CPython frees them while
# finalizing, with no Python frame running, and warns "sys:1: RuntimeWarning: coroutine ...
# was never awaited" once per message; so do we (at exit). Started, finished, closed and
# awaited coroutines, and async generators, give no warning.


async def f():
    return 1


async def g():
    return 2


async def inner():
    return 3


async def outer():
    return await inner() + 1


class A:
    async def m(self):
        return 4


async def agen():
    yield 1


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


kept1 = f()
kept2 = f()
kept3 = g()
kept4 = A().m()
kept5 = f()
print(run(outer()))
done = f()
print(run(done))
closed = g()
closed.close()
thrown = A().m()
try:
    thrown.throw(ValueError("into a fresh coroutine"))
except ValueError as e:
    print("thrown:", e)
never_iterated = agen()
print("end")
