# Assorted syntax: semicolons, line continuation, pass, docstrings, numeric literals, implicit string concat, ellipsis bodies.
a = 1; b = 2; c = a + \
    b
print(a, b, c)
total = (1 +
         2 +
         3)
print(total)
values = [
    1,
    2,
    3,
]
print(values, {
    "k": "v",
}, (
    "tuple",
))
def stub():
    ...
def passer():
    pass
class Empty: ...
print(stub(), passer(), Empty.__name__)
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5e1_0, 1e-3, .5, 5., 0j, 1_2j)
print("implicit" " concatenation" ' across' """ quote styles""")
s = ("parenthesized "
     "string "
     f"with {a + b} f-part")
print(s)
if a: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
print(not a, -a, +a, ~a, a if b else c)
x = [i for i in range(3)]; y = {i: i for i in x}; print(x, y)
def f(a, b, /, c, *, d): return a + b + c + d
print(f(1, 2, 3, d=4))
print(r"\n", b"\x00", rb"\d", f"{a!r:>3}", "\N{BULLET}")
lam = (lambda: (yield))
print(type(lam()).__name__)
print(__name__, __doc__ is None)
print(type(...).__name__, [..., Ellipsis], {...: 1})
if (n := 3) > 2 and (m := n * 2): print(n, m)
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], matrix[-1][-1], [row[0] for row in matrix])
print(*[1, 2], *(), sep=",")
print(("a", "b")[True], {True: "yes", False: "no"}[1 > 0])
