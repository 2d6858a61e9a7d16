# send()-driven pipelines (classic generator-based coroutines).
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start
@coroutine
def sink(results):
    while True:
        item = yield
        results.append(item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
found, shouted, everything = [], [], []
pipe = broadcast(grep("py", sink(found)), grep("py", upper(sink(shouted))), sink(everything))
for line in ["python is fun", "java is verbose", "pypy is fast", "rust", "numpy arrays"]:
    pipe.send(line)
print(found)
print(shouted)
print(everything)
@coroutine
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print([a.send(v) for v in [3, 5, 10, 2]])
@coroutine
def state_machine():
    state = "idle"
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused", ("paused", "resume"): "running",
                   ("running", "stop"): "idle", ("paused", "stop"): "idle"}
    while True:
        event = yield state
        state = transitions.get((state, event), state)
sm = state_machine()
for ev in ["start", "pause", "bogus", "resume", "stop", "pause", "start"]:
    print(ev, "->", sm.send(ev))
def round_robin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            yield next(g)
            queue.append(g)
        except StopIteration:
            pass
def worker(name, n):
    for i in range(n):
        yield f"{name}{i}"
print(list(round_robin(worker("a", 3), worker("b", 5), worker("c", 1))))
