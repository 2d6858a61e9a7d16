# Floor division, modulo and divmod with floats, including signs and specials.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.3, 0.1), (5, 0.5), (-5, 0.3),
         (1e20, 3.0), (2.0, 1e-10), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (3.0, float("inf")),
         (-3.0, float("inf")), (3.0, -float("inf")), (float("inf"), 3.0)]
for a, b in pairs:
    try:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (5.5, 0)]:
    for op in ["/", "//", "%", "divmod"]:
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)
import math
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(7.5, -2), math.remainder(7.5, 2), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(2.0 ** 0.5, (-8.0) ** (1 / 3) if False else 8.0 ** (1 / 3), 2 ** 1023 * 1.0, 0.0 ** 0, 1.5 ** 2)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type((-8.0) ** 0.5).__name__, (-1.0) ** 2, (-1.0) ** 3, (-2.0) ** -2)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(10.0 ** -400, 1e308 * 10, -1e308 * 10, 1e308 + 1e308)
