# Word ladder via BFS over a small dictionary, with neighbours computed by wildcard buckets.
WORDS = """cold cord card ward warm word worm wore core bore bord corm wold gold goad load lord lore more mare
male mile mole hole hold bold bolt boat coat cost cast case cave wave have hive hire fire fore form farm""".split()
buckets = {}
for w in WORDS:
    for i in range(len(w)):
        buckets.setdefault(w[:i] + "_" + w[i + 1:], []).append(w)
def neighbours(w):
    out = []
    for i in range(len(w)):
        for other in buckets[w[:i] + "_" + w[i + 1:]]:
            if other != w:
                out.append(other)
    return out
def ladder(start, goal):
    prev = {start: None}
    queue = [start]
    for w in queue:
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in neighbours(w):
            if n not in prev:
                prev[n] = w
                queue.append(n)
    return None
print(len(WORDS), len(buckets), sorted(neighbours("cord")))
for a, b in [("cold", "warm"), ("gold", "load"), ("cave", "fire"), ("boat", "hole"), ("cold", "cold"), ("farm", "bolt")]:
    path = ladder(a, b)
    print(a, b, len(path) - 1 if path else None, path)
degree = sorted(((len(neighbours(w)), w) for w in WORDS), reverse=True)[:5]
print(degree)
