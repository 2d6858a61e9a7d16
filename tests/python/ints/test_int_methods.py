# int methods and integer functions from math.
import math
for n in [0, 1, 7, 255, -255, 2 ** 100 - 1, -(2 ** 65)]:
    print(n, n.bit_length(), n.bit_count(), n.__abs__(), n.__neg__(), n.__index__())
print((17).__add__(4), (17).__sub__(4), (17).__mul__(4), (17).__floordiv__(4), (17).__mod__(4))
print((17).__radd__(4), (17).__rsub__(4), (17).__rfloordiv__(40), (17).__pow__(2), (2).__rpow__(5))
print((17).__add__(1.5), (17).__eq__(17.0), (17).__lt__("x"), (3).__truediv__(2))
print((17).__divmod__(5), (-17).__divmod__(5), (5).__bool__(), (0).__bool__())
print(int.__add__(3, 4), int.__mul__(6, 7), int.__str__(99), int.__repr__(-99))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 21, 2 ** 200 + 1]:
    print(n, math.isqrt(n), math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.comb(52, 5), math.comb(100, 50), math.comb(5, 7), math.comb(0, 0))
print(math.perm(5, 2), math.perm(10), math.perm(5, 0), math.perm(3, 5))
print(math.prod([1, 2, 3, 4, 5]), math.prod(range(1, 21)), math.prod([]), math.prod([2] * 70))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(7), math.ceil(-7), math.trunc(12), type(math.floor(7)).__name__)
print(int.bit_length(1024), (1024).bit_length(), int.bit_count(-7))
print((255).to_bytes(2, "big").hex(), int.from_bytes(bytes.fromhex("01ff"), "big"))
print(divmod(10 ** 20 + 3, 7), (10 ** 20 + 3) % 7, pow(10, 20, 7) + 3)
