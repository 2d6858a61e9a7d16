# The math module: constants, rounding, powers, logs, trig, special values.
# Transcendental results are printed to 12 significant digits (libm implementations may
# differ in the last bit); exactly-specified ones (sqrt, floor, fsum...) are printed in full.
import math

def r(x):
    return float(f"{x:.12g}")

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(1e100), math.isqrt(17), math.sqrt(-0.0))
print(math.exp(0), r(math.exp(1)), r(math.exp(-1)), r(math.exp(10)), r(math.expm1(1e-10)), r(math.log1p(1e-10)))
print(math.log(1), r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)), math.log10(1000), math.log2(1024))
print(r(math.log(2 ** 1000)), math.log10(10 ** 50), math.log2(2 ** 200), r(math.log(10 ** 400)))
print(math.pow(2, 10), r(math.pow(2, 0.5)), math.pow(-2, 3), math.pow(0, 0), math.pow(2, -1))
print(math.sin(0), math.cos(0), math.tan(0), r(math.sin(math.pi / 2)), r(math.cos(math.pi)), r(math.sin(math.pi / 6)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fabs(-3), math.fabs(2.5), math.factorial(10), math.gcd(84, 36), math.lcm(21, 6))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3),
      math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.fsum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100]), math.fsum([]), math.fsum(range(10)))
print(math.comb(20, 10), math.perm(6, 3), math.prod([1.5, 2, 4]), math.erf(0), r(math.erf(1)), r(math.erfc(1)))
print(math.gamma(5), r(math.gamma(0.5)), r(math.lgamma(10)), math.gamma(1), math.lgamma(1))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, 1.0), math.ulp(2.0 ** 52))
for name, f, arg in [("sqrt", math.sqrt, -1), ("log", math.log, 0), ("log", math.log, -1), ("acos", math.acos, 2),
                     ("exp", math.exp, 1000), ("factorial", math.factorial, 2.5), ("pow", lambda x: math.pow(0, x), -1),
                     ("floor", math.floor, math.inf), ("floor", math.floor, math.nan), ("sqrt", math.sqrt, "4")]:
    try:
        print(name, f(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__ + ":", e)
angles = [i * math.pi / 8 for i in range(17)]
for a in angles:
    print(r(a), round(math.sin(a), 12), round(math.cos(a), 12))
print(math.inf + 1, math.inf - math.inf, math.inf * 0, -math.inf * -1, math.inf / math.inf)
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e300) == 10 ** 300, math.floor(1e300) == int(1e300))
