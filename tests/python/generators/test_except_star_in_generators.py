# try/except* inside generators and coroutines: yields in the body, in handlers, in else
# and finally; return/break/continue leaving the try body; throw() into a suspended handler.

def show(eg):
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(show(e) for e in eg.exceptions)}])"
    return f"{type(eg).__name__}({', '.join(map(repr, eg.args))})"


def run(gen, sends=()):
    out = []
    try:
        out.append(next(gen))
        for s in sends:
            out.append(gen.send(s))
        while True:
            out.append(next(gen))
    except StopIteration as e:
        out.append(("return", e.value))
    except BaseException as e:
        out.append(("raised", show(e)))
    print(out)


def body_yields():
    try:
        yield 1
        yield 2
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError as g:
        yield ("value", show(g))
    except* TypeError as g:
        yield ("type", show(g))
    yield "after"

run(body_yields())


def handler_yields():
    try:
        raise ExceptionGroup("eg", [ValueError("a"), ValueError("b"), KeyError("k")])
    except* ValueError as g:
        x = yield ("in handler", len(g.exceptions))
        yield ("got", x)
    except* KeyError:
        y = yield "key handler"
        yield ("got2", y)
    yield "done"

run(handler_yields(), ["s1", "s2", "s3", "s4"])


def remainder_reraised():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), OSError("o"), KeyError("k")])
    except* ValueError:
        yield "handled value"
    yield "not reached"

run(remainder_reraised())


def handler_raises():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        yield "value handler"
        raise RuntimeError("from handler")
    except* TypeError:
        yield "type handler"
    yield "not reached"

gen = handler_raises()
try:
    for v in gen:
        print("item", v)
except BaseException as e:
    print("outer", show(e))
    print("context of RuntimeError:", show(e.__context__))


def handler_raises2():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError:
        yield "value handler"
        raise RuntimeError("from handler")
    except* TypeError:
        yield "type handler"
        raise KeyError("second")
    yield "not reached"

run(handler_raises2())


def bare_raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        yield "value"
        raise
    except* TypeError:
        yield "type"

run(bare_raise_in_handler())


def plain_exception_wrapped():
    try:
        yield "before"
        raise KeyError("plain")
    except* KeyError as g:
        yield show(g)
    except* Exception:
        yield "never"

run(plain_exception_wrapped())


def else_and_finally():
    for n in range(3):
        try:
            yield ("body", n)
            if n == 1:
                raise ExceptionGroup("g", [ValueError(n)])
        except* ValueError as g:
            yield ("handler", show(g))
        else:
            yield ("else", n)
        finally:
            yield ("finally", n)
    yield "end"

run(else_and_finally())


def return_in_body():
    try:
        yield 1
        return "early"
    except* ValueError:
        yield "no"
    finally:
        yield "cleanup"
    yield "not reached"

run(return_in_body())


def break_continue_in_body():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            yield i
            if i == 3:
                raise ExceptionGroup("g", [TypeError(i)])
        except* TypeError as g:
            yield ("caught", show(g))
        finally:
            out.append(i)
    yield out

run(break_continue_in_body())


def loop_inside_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        for e in g.exceptions:
            if e.args[0] == 1:
                continue
            yield e.args[0]
            break

run(loop_inside_handler())


def throw_target():
    try:
        yield "start"
    except* ValueError as g:
        try:
            yield ("handler got", show(g))
        finally:
            print("inner finally")
    except* ZeroDivisionError as g:
        yield ("zde", show(g))
    yield "tail"

gen = throw_target()
print(next(gen))
print(gen.throw(ExceptionGroup("thrown", [ValueError(1), ZeroDivisionError(2)])))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("stopped")

gen = throw_target()
next(gen)
print(gen.throw(ValueError("single")))
try:
    gen.throw(RuntimeError("while in handler"))
except BaseException as e:
    print("escaped:", show(e), "context:", show(e.__context__))

gen = throw_target()
next(gen)
print(gen.throw(ValueError("x")))
gen.close()
print("closed")


def exc_info_in_handler():
    import sys
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        yield show(sys.exc_info()[1])
    yield sys.exc_info()[1]

run(exc_info_in_handler())


def nested():
    try:
        try:
            yield "inner body"
            raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            yield "inner value"
        except* TypeError:
            yield "inner type"
    except* KeyError as g:
        yield ("outer key", show(g))

run(nested())


def invalid_handler_type():
    try:
        yield 1
        raise ValueError
    except* ExceptionGroup:
        yield "no"

run(invalid_handler_type())


def yield_from_in_body():
    def sub():
        yield "sub1"
        raise ExceptionGroup("sub", [IndexError(0)])
    try:
        r = yield from sub()
    except* IndexError as g:
        yield from ["a", "b"]
        yield show(g)

run(yield_from_in_body())


# Coroutines: awaits in the body and the handlers.
class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def coro():
    try:
        x = await Suspend()
        raise ExceptionGroup("c", [ValueError(x), TypeError(x)])
    except* ValueError as g:
        y = await Suspend()
        print("coro value handler", show(g), y)
    except* TypeError as g:
        print("coro type handler", show(g))
        return_value = await Suspend()
        print("after await in type handler", return_value)
    finally:
        z = await Suspend()
        print("coro finally", z)
    return "coro done"

c = coro()
print(c.send(None))
for v in ["a", "b", "c", "d"]:
    try:
        print(c.send(v))
    except StopIteration as e:
        print("return", e.value)


async def coro_return():
    try:
        await Suspend()
        return "from body"
    except* Exception:
        pass

c = coro_return()
print(c.send(None))
try:
    c.send(1)
except StopIteration as e:
    print("return", e.value)


async def agen():
    try:
        yield 1
        await Suspend()
        raise ExceptionGroup("ag", [KeyError("k")])
    except* KeyError as g:
        yield show(g)

ag = agen()
a = ag.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("agen item", e.value)
a = ag.asend(None)
print(a.send(None))
try:
    a.send("x")
except StopIteration as e:
    print("agen item", e.value)


# break/continue/return cannot leave an except* block, in generators too.
for src in [
    "def g():\n    try:\n        yield 1\n    except* ValueError:\n        yield 2\n        return\n",
    "def g():\n    for i in range(3):\n        try:\n            yield i\n        except* ValueError:\n            break\n",
    "async def g():\n    for i in range(3):\n        try:\n            await x\n        except* ValueError:\n            continue\n",
    "def g():\n    try:\n        yield 1\n    except* ValueError:\n        for i in range(3):\n            yield i\n            break\n    return 5\n",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
