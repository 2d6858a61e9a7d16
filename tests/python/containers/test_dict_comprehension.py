# Dict comprehensions, nested dicts, grouping, inversion, counting by hand.
squares = {i: i * i for i in range(8)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inv = {v: k for k, v in squares.items()}
print(inv)
words = "the cat sat on the mat with the hat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
first_letter = {w[0]: w for w in words}
print(first_letter)
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix, matrix[(2, 1)])
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 4)}
print(nested, nested[2][3])
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}, "d": 5}
print(merged)
print({k: v for k, v in zip("abc", range(3))}, {x: None for x in []}, {(i, i): [i] for i in range(2)})
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(c) for c in t.values()), default=0)
print(depth(tree))
config = {"db": {"host": "x", "port": 5432}, "debug": False}
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
print(flatten(config))
