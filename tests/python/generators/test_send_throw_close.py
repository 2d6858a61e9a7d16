# send(), throw(), close(), GeneratorExit, and finally blocks in generators.
def echo():
    print("echo started")
    received = None
    try:
        while True:
            try:
                received = yield received
                print("got", received)
            except ValueError as e:
                print("handled ValueError", e)
                received = "recovered"
    finally:
        print("echo cleanup")
g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("bad")))
print(g.send("after"))
g.close()
print("closed")
g.close()
try:
    g.send(1)
except StopIteration:
    print("send to closed generator: StopIteration")
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(u))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(f, "finished"))
def catch_and_return():
    try:
        yield "first"
    except IndexError:
        return "returned after throw"
c = catch_and_return()
next(c)
try:
    c.throw(IndexError)
except StopIteration as e:
    print("StopIteration value", e.value)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")
cl = closer()
print(next(cl))
cl.close()
print(list(cl))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulate()
next(acc)
for v in [5, 10, 15]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
