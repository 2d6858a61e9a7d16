# Numbers formatted by several routes must agree; parse them back.
vals = [0, 1, -1, 3.5, -2.25, 1234.5678, 1e-7, 6.02214076e23, 2 ** 40, -(10 ** 12)]
for v in vals:
    a = "%s" % (v,)
    b = "{}".format(v)
    c = f"{v}"
    d = str(v)
    e = format(v)
    print(a, a == b == c == d == e, repr(v) == d)
for v in vals:
    s1 = "%.3e" % v
    s2 = "{:.3e}".format(v)
    s3 = f"{v:.3e}"
    print(s1, s1 == s2 == s3, float(s1))
for v in vals:
    s1 = "%10.2f" % v
    s2 = "{:10.2f}".format(v)
    print(repr(s1), s1 == s2, float(s1))
for v in [0, 5, 255, -255, 2 ** 33]:
    h = "%x" % v
    print(h, int(h, 16) == v, "%o" % v, int("%o" % v, 8) == v, format(v, "b"), int(format(v, "b"), 2) == v)
for v in [0.1, 1 / 3, 2 / 3, 1e100, 123.456e-50]:
    for p in range(1, 18, 4):
        s = "%.*g" % (p, v)
        print(p, s, float(s), abs(float(s) - v) <= abs(v) * 10 ** (1 - p))
print(float(repr(0.1 + 0.2)) == 0.1 + 0.2, float("%.17g" % (0.1 + 0.2)) == 0.1 + 0.2, "%.17g" % 0.1)
