# Nested replacement fields inside format specs, for str.format and f-strings, driven by data.
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print("{0:<{w}} | {1:>{pw}.{pp}f} | {2:^{qw}d} |".format(name, price, qty, w=w, pw=8, pp=2, qw=5))
for name, price, qty in rows:
    print(f"{name:>{w + 2}} | {price:{'+' if qty > 2 else ' '}{10}.{qty % 4}f} | {qty:{'0'}{4}} |")
for align in "<^>":
    for fill in "*-.":
        print(f"[{'x':{fill}{align}{7}}]", end=" ")
    print()
spec = ">12.3e"
print(f"{12345.6789:{spec}}", "{:{}}".format(42, "^9"), "{:{}{}{}}".format(3.14159, "<", 10, ".2f"), "|")
for prec in range(0, 6):
    print(f"{3.14159265:.{prec}f}", f"{'truncate':.{prec}}", f"{2 ** 0.5:{prec + 8}.{prec}}")
data = {"name": "Zed", "score": 87.6543}
fmt = "{name:{nw}} scored {score:.{sp}f}"
print(fmt.format(**data, nw=6, sp=1), fmt.format(**data, nw=2, sp=3))
try:
    "{:{}}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0:{1:{2}}}".format(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
