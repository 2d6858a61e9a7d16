"""Functions' global loads while module-level code keeps storing globals (rt.ts GlobalCache:
the value cache misses at every store, then the slot hints answer): rebinding, deletion,
shadowing and unshadowing a builtin, a resized globals dict, changed builtins."""
import builtins

SCALE = 2


def f(x):
    return abs(x) * SCALE


out = []
counter = 0
for i in range(-3, 12):
    counter += f(i)
    if i == 0:
        SCALE = 10
    if i == 2:
        abs = lambda v: 1000
    if i == 4:
        del abs
    if i == 6:
        for k in range(200):
            globals()["filler%d" % k] = k
    if i == 8:
        builtins.abs = lambda v: -1
    if i == 9:
        del builtins.abs
        import math
        builtins.abs = math.fabs
    out.append(counter)
print(out)


def g():
    return missing_name


for i in range(3):
    try:
        print(g())
    except NameError as e:
        print("NameError", e)
    if i == 0:
        missing_name = "now defined"
    if i == 1:
        del missing_name

# A function whose globals have their own __builtins__ dict, changed while it runs.
ns = {"__builtins__": {"len": lambda s: "first"}}
exec("def h(s):\n    return len(s)", ns)
h = ns["h"]
res = []
for i in range(4):
    res.append(h("abc"))
    if i == 1:
        ns["__builtins__"]["len"] = lambda s: "second"
    if i == 2:
        del ns["__builtins__"]["len"]
        ns["len"] = lambda s: "global"
print(res)
