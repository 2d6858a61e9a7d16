# Dicts as graphs, sparse matrices, memo tables, inverted indexes and multisets.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
indeg = {n: 0 for n in graph}
for n, outs in graph.items():
    for m in outs:
        indeg[m] += 1
print(indeg, [n for n, d in indeg.items() if d == 0])
reverse = {}
for n, outs in graph.items():
    for m in outs:
        reverse.setdefault(m, []).append(n)
print(reverse)
sparse = {}
for i in range(5):
    sparse[(i, i)] = 1
    sparse[(i, (i + 2) % 5)] = i + 1
def matvec(m, v):
    out = [0] * len(v)
    for (r, c), val in m.items():
        out[r] += val * v[c]
    return out
print(len(sparse), matvec(sparse, [1, 2, 3, 4, 5]))
docs = {1: "the cat sat", 2: "the dog sat down", 3: "a cat and a dog"}
index = {}
for doc_id, text in docs.items():
    for word in text.split():
        index.setdefault(word, []).append(doc_id)
print({w: ids for w, ids in sorted(index.items())})
def search(*words):
    result = None
    for w in words:
        ids = set(index.get(w, []))
        result = ids if result is None else result & ids
    return sorted(result or [])
print(search("cat"), search("sat", "the"), search("cat", "dog"), search("zebra"))
bag = {}
for item in "mississippi":
    bag[item] = bag.get(item, 0) + 1
other = {"s": 2, "p": 5, "x": 1}
union = {k: max(bag.get(k, 0), other.get(k, 0)) for k in bag.keys() | other.keys()}
inter = {k: min(bag[k], other[k]) for k in bag.keys() & other.keys()}
print(dict(sorted(bag.items())), dict(sorted(union.items())), dict(sorted(inter.items())))
memo = {}
def grid_paths(r, c):
    if (r, c) in memo:
        return memo[(r, c)]
    res = 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
    memo[(r, c)] = res
    return res
print(grid_paths(10, 10), len(memo), max(memo.values()))
