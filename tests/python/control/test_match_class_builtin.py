# match with builtin class patterns (int(), str(), list(), dict(), tuple()), positional subpatterns, and dispatch.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(x):
            return f"float {x}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str of len {len(s)}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting with {x!r}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict():
            return "other dict"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case None:
            return "None"
        case _:
            return f"unknown {type(v).__name__}"
for v in [True, 0, -5, 42, 2.5, "", "hello", b"x", [], [1, 2], (1, 2), (1, 2, 3), {"k": 9}, {"j": 1}, {1, 2}, frozenset(), None, 3j]:
    print(repr(v), "->", kind(v))
def area(shape):
    match shape:
        case ("circle", r):
            return 3 * r * r
        case ("rect", w, h):
            return w * h
        case ("square", s):
            return s * s
        case {"type": "tri", "base": b, "height": h}:
            return b * h / 2
    return None
print([area(s) for s in [("circle", 2), ("rect", 2, 5), ("square", 3), {"type": "tri", "base": 4, "height": 3}, ("hex", 1)]])
