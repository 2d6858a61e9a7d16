# str/repr/format of floats around exponent thresholds and rounding boundaries.
for e in range(-8, 23):
    v = 10.0 ** e
    print(e, repr(v), repr(v * 1.5), str(-v / 3), f"{v:g}", f"{v:.3g}", f"{v * 7:e}")
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1.0000000000000002, 0.9999999999999999, 123456789.987654321, 5e-324 * 3]:
    print(repr(v), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", f"{v:.15g}", f"{v:.17g}", "%.3e" % v, round(v, 1))
print(1e16, 1e15 + 0.3, 123456789012345.6, 1234567890123456.7, 0.00001, 0.0001, 1.5e-5)
print(float("1e16") == 10 ** 16, str(2.0 ** 60), str(2.0 ** -20), repr(1 / 3 * 3), repr(2 / 3 * 3))
