# Generators that die suspended are closed (CPython's generator finalizer): their finally
# blocks and with statements run. CPython closes at the last reference; pyrallel at the next
# collection, so each case drops its generator and calls gc.collect() before printing.
# Errors from close are reported as unraisable on stderr (not compared: addresses differ).
# The ones still alive at exit are closed then, oldest first.
import gc
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in g("loop"):
    break
gc.collect()
print("after loop collect")

def f():
    for x in g("in function"):
        break
    gc.collect()
    print("after function loop collect")
f()

it = iter(g("iter"))
next(it)
it = None
gc.collect()
print("after rebinding")

def delegate(inner):
    try:
        yield from inner
    finally:
        print("outer cleanup")
d = delegate(g("inner"))
next(d)
del d
gc.collect()
print("after delegate")

class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def withgen():
    with CM():
        yield 1
w = withgen(); next(w); w = None
gc.collect()
print("after with")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2
s = stubborn(); next(s); s = None
gc.collect()
print("after stubborn")

def raising():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
r = raising(); next(r); r = None
gc.collect()
print("after raising")

unstarted = g("never started")
unstarted = None
done = g("finished")
list(done)
done = None
gc.collect()
print("after unstarted and finished")

cyc = []
def cyclic():
    try:
        yield cyc
    finally:
        print("cyclic cleanup")
c = cyclic(); cyc.append(c); next(c)
c = None; cyc = None
gc.collect()
print("after cycle")

a1 = g("global a")
next(a1)
b1 = g("global b")
next(b1)
keep = [g("in list")]
next(keep[0])
print("end of module")
