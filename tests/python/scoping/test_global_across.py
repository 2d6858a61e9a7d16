# Global state shared across functions, module-level dicts, counters and registries.
state = {"count": 0, "log": []}
total = 0
def record(event):
    state["count"] += 1
    state["log"].append(event)
def add(n):
    global total
    total += n
    record(f"add {n}")
def reset():
    global total, state
    total = 0
    state = {"count": 0, "log": ["reset"]}
add(5)
add(7)
print(total, state)
reset()
add(1)
print(total, state)
handlers = {}
def on(name):
    def deco(fn):
        handlers.setdefault(name, []).append(fn)
        return fn
    return deco
@on("start")
def first():
    return "first handler"
@on("start")
def second():
    return "second handler"
@on("stop")
def third():
    return "stop handler"
def fire(name):
    return [h() for h in handlers.get(name, [])]
print(fire("start"), fire("stop"), fire("unknown"), sorted(handlers))
def make_global(name, value):
    globals()[name] = value
make_global("dynamic_one", 1)
print(dynamic_one)
def uses_later_global():
    return defined_after_function
defined_after_function = "found at call time"
print(uses_later_global())
CONSTANT = 10
def read_constant():
    return CONSTANT * 2
CONSTANT = 20
print(read_constant())
