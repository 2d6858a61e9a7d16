# Mixed arithmetic on floats and ints, accumulation, special values.
inf, nan = float("inf"), float("nan")
a, b = 3.5, -1.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** 3, -a, +b, abs(b))
print(1 + 2.0, 2.0 + 1, 3 * 0.5, 7 / 2, 7.0 // 2, 2 ** 0.5 * 2 ** 0.5, 10 * 0.1)
print(inf + inf, inf - inf, inf * -1, inf * 0, 0 * inf, inf / 2, 2 / inf, -2 / inf, inf // 1 if False else 0)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, max(nan, 1), max(1, nan), min(nan, 1))
print(inf == inf, inf > 1e308, -inf < -1e308, nan != nan, [nan] == [nan] if False else True)
total = 0.0
for i in range(1, 101):
    total += 1 / i
print("harmonic", total)
s = 0.0
for i in range(1000):
    s += 0.001
print(s, s == 1.0, abs(s - 1.0) < 1e-12)
x = 1.0
while x + 1.0 != x:
    x *= 2.0
print("precision limit", x)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print("epsilon", eps)
tiny = 1.0
while tiny / 2 != 0.0:
    tiny /= 2
print("smallest", tiny)
big = 1.0
while big * 2 != inf:
    big *= 2
print("largest power of two", big)
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
vals = [3.7, -2.2, 0.0, 9.99, 1e-3, 42.0]
print(sum(vals), sum(vals) / len(vals), max(vals), min(vals), sorted(vals), sorted(vals, reverse=True))
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(mean, var, var ** 0.5)
# Newton's method for sqrt
def newton_sqrt(n):
    g = n / 2 if n > 1 else 1.0
    for _ in range(60):
        g = (g + n / g) / 2
    return g
for n in [2, 3, 10, 100, 12345.678, 1e-6]:
    print(n, newton_sqrt(n), n ** 0.5)
