# A generator's handled exception (sys.exc_info() inside its except blocks) is its own:
# saved when it suspends, restored when it resumes, never leaked to the caller; the
# caller's stays visible inside the generator when the generator handles none.
import sys


def cur():
    return repr(sys.exc_info()[1])


def g():
    try:
        raise ValueError("v")
    except ValueError:
        yield cur()
        yield cur()
    yield cur()


gen = g()
print(next(gen))
print("caller sees", cur())
try:
    raise KeyError("k")
except KeyError:
    print(next(gen))
    print("caller sees", cur())
    print(next(gen))
    print("caller sees", cur())
print("after", cur())


# throw() at a yield inside a handler: the thrown exception's context is the handled one.
def h():
    try:
        yield 1
    except ValueError:
        try:
            yield 2
        finally:
            print("finally sees", cur())


gen = h()
next(gen)
print(gen.throw(ValueError("single")))
try:
    gen.throw(RuntimeError("x"))
except BaseException as e:
    print(repr(e), repr(e.__context__))

# throw() into a generator that handles nothing: no context from the caller's handler.
def plain():
    yield 1

gen = plain()
next(gen)
try:
    raise KeyError("outer")
except KeyError:
    try:
        gen.throw(TypeError("t"))
    except TypeError as e:
        print("thrown context", repr(e.__context__))

# A raise inside a generator chains to the caller's handled exception when it has none.
def raiser():
    yield 1
    raise OSError("in gen")

gen = raiser()
next(gen)
try:
    raise KeyError("caller's")
except KeyError:
    try:
        next(gen)
    except OSError as e:
        print("raised context", repr(e.__context__))


# Bare raise in a generator re-raises the generator's own exception after a resume.
def reraiser():
    try:
        raise IndexError("own")
    except IndexError:
        yield "suspended in handler"
        raise

gen = reraiser()
print(next(gen))
try:
    raise KeyError("unrelated")
except KeyError:
    try:
        next(gen)
    except IndexError as e:
        print("bare raise gave", repr(e))


# Nested generators each keep their own.
def inner():
    try:
        raise ZeroDivisionError("inner")
    except ZeroDivisionError:
        yield "inner: " + cur()
        yield "inner again: " + cur()

def outer():
    try:
        raise LookupError("outer")
    except LookupError:
        for v in inner():
            yield v
            yield "outer: " + cur()
    yield "outer after: " + cur()

for v in outer():
    print(v, "| caller:", cur())


# yield from delegation keeps both states too.
def delegator():
    try:
        raise NameError("deleg")
    except NameError:
        r = yield from inner()
        yield "delegator: " + cur()

for v in delegator():
    print(v)


# Coroutines driven by hand.
class Suspend:
    def __await__(self):
        yield "suspended"

async def coro():
    try:
        raise ArithmeticError("coro")
    except ArithmeticError:
        await Suspend()
        print("coro sees", cur())
    print("coro after", cur())

c = coro()
c.send(None)
try:
    raise EOFError("driver")
except EOFError:
    try:
        c.send(None)
    except StopIteration:
        print("coro done; driver sees", cur())
print("end", cur())


# A handler type that fails to match raises with the caught exception as its context, and
# the handled exception is restored afterwards (plain functions and generators, except
# and except*).
def bad():
    raise KeyError("in type expr")

def f_plain():
    try:
        raise ValueError(1)
    except 1:
        pass

def f_star():
    try:
        raise ValueError(2)
    except* bad():
        pass

def g_plain():
    yield "g_plain"
    try:
        raise ValueError(3)
    except bad():
        pass

def g_star():
    yield "g_star"
    try:
        raise ValueError(4)
    except* ExceptionGroup:
        pass

for fn in [f_plain, f_star, lambda: list(g_plain()), lambda: list(g_star())]:
    try:
        fn()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e, "context", repr(e.__context__), "handled", cur())
    print("after", cur())

# No handler matches: the exception propagates, the handled one is the caller's again.
def g_nomatch():
    yield "first"
    try:
        raise ValueError(5)
    except KeyError:
        yield "no"

try:
    raise OSError("outer")
except OSError:
    try:
        list(g_nomatch())
    except ValueError as e:
        print("propagated", repr(e), "context", repr(e.__context__), "handled", cur())
