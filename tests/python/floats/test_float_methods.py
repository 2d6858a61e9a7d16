# float methods: is_integer, as_integer_ratio, conjugate, real/imag, hex.
vals = [0.0, -0.0, 1.0, 2.5, -3.75, 0.1, 1e20, 1e-10, 123456.0, 2 ** 0.5]
for v in vals:
    print(v, v.is_integer(), v.as_integer_ratio(), v.real, v.imag, v.conjugate(), v.hex())
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v, v.is_integer(), v.real, v.hex())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d.bit_length())
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__mul__(2), (2.5).__floordiv__(2), (2.5).__mod__(2))
print((2.5).__neg__(), (2.5).__abs__(), (-2.5).__abs__(), (2.5).__bool__(), (0.0).__bool__())
print((2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (2.5).__round__(), (3.5).__round__())
print((2.5).__eq__(2.5), (2.5).__lt__(3), (2.5).__add__("x"), (2.5).__int__())
print(float.__name__, type(1.5) is float, isinstance(1.5, (int, float)), isinstance(1, float))
print(abs(-0.0), -(0.0), 0.0 == -0.0, str(-0.0), repr(0.0 * -1), (-0.0).hex())
import math
print(math.copysign(1.0, -0.0), math.copysign(3, -1), math.copysign(-3, 1.0), math.copysign(1, float("-nan")) if False else 1)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0), sorted([2.5, -1, 0.0, 3, -0.5]))
print(1.5 + 2, 1.5 - 2, 1.5 * 2, 2 * 1.5, 3 / 1.5, 4.0 // 1.5, 4.0 % 1.5, -1.5 ** 2, (-1.5) ** 2)
