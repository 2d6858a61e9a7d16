# More match semantics: binding on failed matches, guard evaluation order, subject evaluated once.
calls = []
def subject():
    calls.append("subject")
    return [1, 2, 3]
def guard(tag, result):
    calls.append(tag)
    return result
match subject():
    case [1, 2] if guard("g1", True):
        print("first")
    case [1, *rest] if guard("g2", False):
        print("second")
    case [a, b, c] if guard("g3", True):
        print("third", a, b, c)
print(calls)
def tokenize_expr(tokens):
    out = []
    while tokens:
        match tokens:
            case [int(n), "+", int(m), *tail]:
                out.append(("add", n, m))
                tokens = tail
            case [int(n), "*", int(m), *tail]:
                out.append(("mul", n, m))
                tokens = tail
            case [str(op), *tail]:
                out.append(("op", op))
                tokens = tail
            case [other, *tail]:
                out.append(("value", other))
                tokens = tail
    return out
print(tokenize_expr([1, "+", 2, 3, "*", 4, "-", 5.5]))
def eval_tree(node):
    match node:
        case ("num", v):
            return v
        case ("neg", inner):
            return -eval_tree(inner)
        case ("add", l, r):
            return eval_tree(l) + eval_tree(r)
        case ("mul", l, r):
            return eval_tree(l) * eval_tree(r)
        case ("let", name, value, body):
            return eval_tree(substitute(body, name, eval_tree(value)))
        case _:
            raise ValueError(f"bad node {node!r}")
def substitute(node, name, value):
    match node:
        case ("var", n) if n == name:
            return ("num", value)
        case (tag, *children):
            return (tag, *[substitute(c, name, value) if isinstance(c, tuple) else c for c in children])
tree = ("let", "x", ("add", ("num", 2), ("num", 3)), ("mul", ("var", "x"), ("neg", ("var", "x"))))
print(eval_tree(tree))
try:
    eval_tree(("pow", 1, 2))
except ValueError as e:
    print("ValueError:", e)
for value in [(1, 2), [1, 2], {1, 2}, "12", {"k": 1}]:
    match value:
        case (a, b):
            print("sequence of two", a, b, type(value).__name__)
        case {"k": v}:
            print("mapping", v)
        case _:
            print("no match", type(value).__name__)
match 3:
    case 1 | 2 | 3 as small if small > 2:
        print("small and > 2", small)
match ("x", 1):
    case ("x", n) | ("y", n):
        print("or with same bindings", n)
