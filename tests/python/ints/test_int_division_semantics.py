# Floor division and modulo identities over a grid of signs and magnitudes, including big ints.
vals = [-(10 ** 20) - 7, -1001, -17, -8, -7, -1, 0, 1, 7, 8, 17, 1001, 10 ** 20 + 3]
divs = [-(10 ** 10) - 1, -9, -3, -2, -1, 1, 2, 3, 9, 10 ** 10 + 1]
rows = 0
for a in vals:
    parts = []
    for b in divs:
        q, r = a // b, a % b
        assert q * b + r == a
        assert r == 0 or (r > 0) == (b > 0)
        assert abs(r) < abs(b)
        assert divmod(a, b) == (q, r)
        parts.append(f"{q}r{r}")
    rows += 1
    print(a, " ".join(parts))
print("rows checked", rows)
print(-7 // 2, -(7 // 2), int(-7 / 2), -7 % 2, 7 % -2, -7 % -2)
print(round(-7 / 2), round(7 / 2), -7 // 2 * 2 + -7 % 2)
print((-1) // (10 ** 30), (-1) % (10 ** 30), 1 // -(10 ** 30), 1 % -(10 ** 30))
def ceil_div(a, b):
    return -(-a // b)
print([ceil_div(a, 4) for a in range(-9, 10)])
print([a >> 1 for a in range(-5, 6)] == [a // 2 for a in range(-5, 6)])
print([(-a) % 5 for a in range(8)], [pow(-a, 1, 5) for a in range(8)])
