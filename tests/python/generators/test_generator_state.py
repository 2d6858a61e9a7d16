# Generator state: gi_running-free checks of suspension points, local variables persisting, nested generators.
def stateful():
    total = 0
    count = 0
    while True:
        value = yield total, count
        if value is None:
            break
        total += value
        count += 1
    yield "final", total / count if count else 0
g = stateful()
print(next(g))
for v in [10, 20, 30]:
    print(g.send(v))
print(g.send(None))
print(next(g, "done"))
def windowed(seq, n):
    window = []
    for x in seq:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)
print(list(windowed(range(7), 3)), list(windowed("ab", 3)))
def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(10), 4)), list(chunked([], 2)))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1, 4, 2])))
def group_runs(it):
    it = iter(it)
    try:
        current = [next(it)]
    except StopIteration:
        return
    for x in it:
        if x == current[-1]:
            current.append(x)
        else:
            yield current[0], len(current)
            current = [x]
    yield current[0], len(current)
print(list(group_runs("aaabccddddde")), list(group_runs([])))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
def tee2(it):
    buf = list(it)
    return iter(buf), iter(buf)
a, b = tee2(x * x for x in range(4))
print(list(a), list(b))
