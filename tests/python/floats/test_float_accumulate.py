# Accumulation of floating point error and exactly representable sums; Kahan summation by hand.
vals = [0.1] * 10 + [1e16, 1.0, -1e16] + [1 / 3] * 3
naive = 0.0
for v in vals:
    naive += v
def kahan(xs):
    s = c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
import math
print(naive, sum(vals), kahan(vals), math.fsum(vals))
print(sum([0.5] * 8), sum([0.25, 0.5, 0.125]), 0.1 * 10, sum([0.1] * 10), 0.1 + 0.1 + 0.1)
x = 0.0
steps = 0
while x < 1.0:
    x += 0.1
    steps += 1
print(steps, x)
y = 0.0
for _ in range(100):
    y += 0.01
print(y, round(y, 10), abs(y - 1.0) < 1e-9)
a = 1e308
print(a * 10, a * 10 - a * 10, a + a, -a - a, a / 1e-10)
small = 1e-308
print(small / 1e10, small / 1e16, small / 1e20, small * 1e-20)
print(2 ** -1074, 2 ** -1075, 2.0 ** -1074 / 2, (2 ** -1074) * 0.5 == 0)
