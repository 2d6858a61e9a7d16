# math functions on integers and exact results: floor/ceil of big values, comb/perm tables, isqrt, dist.
import math
print([math.comb(10, k) for k in range(11)])
print([math.perm(6, k) for k in range(7)])
for n in range(8):
    print(" " * (8 - n) + " ".join(str(math.comb(n, k)) for k in range(n + 1)))
print(math.floor(10 ** 30 + 0.5) if False else math.floor(1e30), math.ceil(-1e20), math.floor(-2 ** 0.5))
print(math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 121), [math.isqrt(k) for k in range(20)])
print(math.gcd(*range(12, 100, 12)), math.lcm(*range(1, 21)), math.factorial(25) // math.factorial(23))
print(math.fsum([1e-16] * 10 + [1.0]), math.prod(range(1, 11), start=2), math.copysign(5, -0.0))
print(math.trunc(-7.9), math.floor(-7.9), math.ceil(-7.9), round(-7.9), int(-7.9))
print(math.hypot(), math.hypot(5), math.hypot(3, 4, 12), math.dist([1, 1], [4, 5]), math.sqrt(2) ** 2 == 2)
print(math.pi * 2 == math.tau, math.isinf(math.inf), math.e > 2.718, float("inf") == math.inf)
