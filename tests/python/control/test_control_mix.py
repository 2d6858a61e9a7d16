# Control flow combined: state machines, early exits, nested loops with flags.
def parse_number(s):
    state = "start"
    sign, digits, frac = 1, "", ""
    for ch in s:
        if state == "start":
            if ch in "+-":
                sign = -1 if ch == "-" else 1
                state = "int"
            elif ch.isdigit():
                digits += ch
                state = "int"
            else:
                return None
        elif state == "int":
            if ch.isdigit():
                digits += ch
            elif ch == ".":
                state = "frac"
            else:
                return None
        elif state == "frac":
            if ch.isdigit():
                frac += ch
            else:
                return None
    if not digits and not frac:
        return None
    value = int(digits or "0") + (int(frac) / 10 ** len(frac) if frac else 0)
    return sign * value
for s in ["42", "-7", "+3.25", "0.5", ".5", "1.2.3", "abc", "", "-", "12a", "007.100"]:
    print(repr(s), parse_number(s))
def first_duplicate(grid):
    seen = set()
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v in seen:
                return (r, c, v)
            seen.add(v)
    return None
print(first_duplicate([[1, 2], [3, 4]]), first_duplicate([[1, 2], [3, 1]]), first_duplicate([]))
found = False
for a in range(1, 30):
    for b in range(a, 30):
        if a * b == 91 and a + b == 20:
            found = True
            break
    if found:
        break
print(found, a, b)
light = "red"
for step in range(7):
    print(step, light)
    light = {"red": "green", "green": "yellow", "yellow": "red"}[light]
n = 27
steps = 0
peak = n
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    peak = max(peak, n)
    steps += 1
print(steps, peak)
