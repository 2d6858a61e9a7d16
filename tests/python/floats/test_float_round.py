# round() with and without ndigits (banker's rounding and binary representation).
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375,
        123.456, -123.456, 1e20, 1e-20, 1234.5678, 0.0, -0.0, 99.995, 5.015, 7.5, 8.5]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, -300), round(1.23456789e-10, 12), round(123.456, 100), round(123.456, -100))
print(round(float("inf"), 2), round(float("-inf"), 1), round(float("nan"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
for i in range(-10, 11):
    print(i / 4, round(i / 4), round(i / 4, 1), round(i * 0.05, 1))
import math
for v in [2.5, -2.5, 2.4999, -2.5001, 7.0, -7.0, 1e17 + 0.5]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
