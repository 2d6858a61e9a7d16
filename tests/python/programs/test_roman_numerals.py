# Roman numerals both ways, validated by round trip for 1..3999, plus invalid inputs.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for v, s in VALUES:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in SYMBOLS:
            raise ValueError(f"bad symbol {ch!r} in {s!r}")
        v = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444]:
    print(n, to_roman(n))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
lengths = {}
for n in range(1, 4000):
    l = len(to_roman(n))
    lengths[l] = lengths.get(l, 0) + 1
print(sorted(lengths.items()), max(range(1, 4000), key=lambda n: len(to_roman(n))))
for bad in ["IIII", "IC", "ABC", "MMMM", "VX", ""]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in [0, 4000, -1]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
