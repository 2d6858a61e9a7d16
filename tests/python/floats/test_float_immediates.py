# Floats at the boundary between non-integral values and integral/special ones:
# results must keep type float whatever their value.
import math

def show(*vals):
    print(*[f"{type(v).__name__}:{v!r}" for v in vals])

a, b = 0.5, 1.5
show(a + a, b - a, a * 4, a * 2, b * 2, 1e-200 * 1e-200, -1e-200 * 1e-200, a - a)
show(3 * 0.5, 0.5 * 3, 2 + 0.5, 0.5 + 2, 7 - 0.5, 1 / 4, 4 / 2, 3 / 7, -3 / 7)
show(2 ** 52 + 0.5, 2 ** 53 + 0.5, -(2 ** 53) - 0.5, 2 ** 52 * 1.5, 1e16 + 0.3)
acc = 0.0
for i in range(10):
    acc += 0.1
show(acc, acc * 10, acc - 1, round(acc), round(acc, 3))
x = 0.25
x += 0.75
show(x)
x -= 0.5
show(x)
x *= 2
show(x)
show(-a, +a, abs(-2.5), abs(2.5), -(0.5 - 0.5), abs(-0.0))
show(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, 2), divmod(-0.5, 1))
show(int(2.5), int(-2.5), round(2.5), round(3.5), round(-0.5), math.floor(2.5), math.ceil(2.5), math.trunc(-2.5))
show(float(0.5), float("0.1"), float(3), 1e-05, 1e-4, 123456.789, 1.5e15 + 0.25)
print(isinstance(0.5, float), isinstance(0.5, int), type(0.5) is float, 0.5 == 0.5, 0.5 != 1, 0.5 < 1, 1 < 0.5)
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e-300), hash(2.0), hash(2) == hash(2.0))
big = 1 << 60
print(hash(0.5) == hash(big), 0.5 == big)
d = {0.5: "half", big: "big", 1: "one", 1.0: "one-float", 2.5: "x"}
print(d, d[0.5], d[big], d[1], 2.5 in d, 2 in d)
s = {0.5, 1.5, 0.5, big, 1, 1.0}
print(sorted(s), len(s), 0.5 in s, 1.5 in s, 2.5 in s)
print(sorted([3, 0.5, -1.25, 2, 1e-3, -7]), max(0.5, 0.25), min([2.5, 1, 3]))
print(str(0.1), repr(0.1 + 0.2), f"{0.5:.3f}", f"{1/3:e}", "%s %r %.2f" % (0.5, 0.25, 2 / 3), format(1.25, "08.2f"))
print(0.5.hex(), (0.75).as_integer_ratio(), (2.5).is_integer(), (2.0).is_integer(), 1.5.real, 1.5.imag, 1.5.conjugate())
print(bool(0.5), not 0.5, 0.5 and 7, 0.0 or 0.5)
for bad in (lambda: [1, 2][0.5], lambda: (1, 2)[1.5], lambda: range(0.5), lambda: "ab"[0.5], lambda: [1] * 1.5,
            lambda: "x" * 0.5, lambda: ~0.5, lambda: 0.5 & 1, lambda: [1, 2, 3][0.5:2], lambda: chr(65.5), lambda: 1.5 / 0):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class F(float):
    pass

f = F(2.5)
show(f, f + 1, f * 2, -f, math.floor(f))
print(type(f).__name__, f == 2.5, hash(f) == hash(2.5), F(0.5) + F(0.5))
z = complex(0.5, 1.5)
print(z, z * 2, z.real, abs(complex(0.6, 0.8)))
print(sum([0.1] * 10), sum([0.5, 0.5]), math.fsum([0.1] * 10), math.sqrt(2.25), math.sqrt(2), 2 ** 0.5, 0.5 ** 2)
print([i * 0.5 for i in range(6)], list(map(float, [1, 2.5])))
# Integral float constants next to immediates (the compiler's constant fast path) and /.
y, z, big, zero = 0.25, 3, 1e308, 0
show(2.0 * y, y * 2.0, -2.0 * y, 1.0 - y, y - 1.0, 1.0 + y, 2.0 * z, z * 2.0, 1.0 - z, 4.0 / z, z / 4.0, 2.0 / y)
show(2.0 * big, -2.0 * big, big * 10.0, 1.0 * y, 0.0 * y, -0.0 * y, y * -0.0, 2.0 * 0.5, 3.0 / 1.5, 1.0 / 3.0)
show(10 / 4, 1 / 3, -7 / 2, 4 / 2, z / z, y / y, y / 0.5, 1e-300 / 1e300, 1e300 / 1e-300, 2 ** 60 / 3)
for bad in (lambda: 1.0 / zero, lambda: y / zero, lambda: 2.0 / 0.0, lambda: z / zero, lambda: 2.0 * "a", lambda: "a" - 1.0):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
