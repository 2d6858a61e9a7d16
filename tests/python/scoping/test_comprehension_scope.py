# Comprehension scopes: loop variables do not leak, closures capture per-comprehension cells.
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
gen = {x: x for x in "ab"}
print(x, gen)
i = 100
total = sum(i for i in range(5))
print(i, total)
def f():
    y = 10
    return [y + n for n in range(3)]
print(f())
def g():
    funcs = [lambda: n for n in range(3)]
    return [fn() for fn in funcs]
print(g())
def h():
    return [[lambda: (a, b) for b in range(2)] for a in range(2)]
print([[fn() for fn in row] for row in h()])
rows = [[r * 10 + c for c in range(3)] for r in range(3)]
print(rows)
flat = [v for row in rows for v in row if v % 2 == 0]
print(flat)
data = [1, 2, 3]
print([data for data in data])
print(data)
def nested_uses_enclosing():
    factor = 3
    return [[factor * v for v in range(k)] for k in range(4)]
print(nested_uses_enclosing())
class Holder:
    base = 5
    values = [v * 2 for v in (base, base + 1)]
    try:
        computed = [base * n for n in range(3)]
    except NameError as e:
        computed = f"NameError: {e}"
print(Holder.values, Holder.computed)
print([(lambda k=k: k * 2)() for k in range(3)])
print([y for y in range(3)], [y for y in range(3)])
try:
    print(y)
except NameError as e:
    print("NameError:", e)
