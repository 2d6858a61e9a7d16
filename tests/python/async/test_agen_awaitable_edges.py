# Async generator awaitables at their edges: aclose/athrow on fresh and finished generators, asend values.
def step(aw, v=None):
    try:
        r = aw.send(v)
        return ("yielded", r)
    except StopIteration as e:
        return ("stop", e.value)
    except StopAsyncIteration:
        return ("stopasync",)
    except Exception as e:
        return (type(e).__name__, str(e))

async def g():
    yield 1
a = g()
print(step(a.aclose()), step(a.__anext__()), step(a.aclose()))
a = g()
print(step(a.__anext__()), step(a.__anext__()), step(a.aclose()), step(a.athrow(ValueError)))
a = g()
print(step(a.athrow(ValueError("x"))), step(a.__anext__()))
a = g()
aw = a.asend(5)
print(step(aw))
aw = a.__anext__(); print(step(aw, 1))
a = g()
x = a.__anext__()
print(step(x.throw(KeyError("t"))) if False else step(a.asend(None)))
async def h():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
a = h()
print(step(a.__anext__()), step(a.athrow(ValueError, ValueError("v"))), step(a.athrow(ValueError)))
print(a.ag_running, a.ag_code.co_name, a.__name__)
