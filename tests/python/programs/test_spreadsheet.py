# A tiny spreadsheet: cells with formulas referencing other cells, recursive evaluation with memoisation, cycle detection.
cells = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=B1-A1/5", "B3": "=SUM(A1:A3)",
    "C1": "=C2+1", "C2": "=C1+1", "D1": "=B3+MAX(A1:B2)", "D2": "=E9*2", "D3": "hello",
}
def col_row(ref):
    return ref[0], int(ref[1:])
def expand(rng):
    a, b = rng.split(":")
    (c1, r1), (c2, r2) = col_row(a), col_row(b)
    return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
class CycleError(Exception):
    pass
def evaluate(ref, cache, visiting):
    if ref in cache:
        return cache[ref]
    if ref in visiting:
        raise CycleError(f"cycle through {ref}")
    raw = cells.get(ref, "0")
    if not raw.startswith("="):
        try:
            value = float(raw)
        except ValueError:
            value = raw
        cache[ref] = value
        return value
    visiting.add(ref)
    expr = raw[1:]
    for fn in ("SUM", "MAX"):
        while fn + "(" in expr:
            start = expr.index(fn + "(")
            end = expr.index(")", start)
            vals = [evaluate(r, cache, visiting) for r in expand(expr[start + len(fn) + 1:end])]
            result = sum(vals) if fn == "SUM" else max(vals)
            expr = expr[:start] + repr(result) + expr[end + 1:]
    tokens, cur = [], ""
    for ch in expr:
        if ch in "+-*/":
            tokens.append(cur)
            tokens.append(ch)
            cur = ""
        else:
            cur += ch
    tokens.append(cur)
    vals = [evaluate(t, cache, visiting) if t[:1].isalpha() else (t if t in "+-*/" else float(t)) for t in tokens]
    i = 1
    while i < len(vals):
        if vals[i] in ("*", "/"):
            a, op, b = vals[i - 1], vals[i], vals[i + 1]
            vals[i - 1:i + 2] = [a * b if op == "*" else a / b]
        else:
            i += 2
    result = vals[0]
    for i in range(1, len(vals), 2):
        result = result + vals[i + 1] if vals[i] == "+" else result - vals[i + 1]
    visiting.discard(ref)
    cache[ref] = result
    return result
for ref in sorted(cells):
    try:
        print(ref, cells[ref], "->", evaluate(ref, {}, set()))
    except CycleError as e:
        print(ref, cells[ref], "-> CycleError:", e)
print(expand("A1:B2"), expand("C3:C3"))
