# Basic integer arithmetic, including negative operands.
vals = [0, 1, -1, 2, -2, 7, -7, 10, -10, 13, 255, -256, 1000003]
for a in vals:
    print(a, a + 3, a - 3, a * 3, -a, +a, abs(a))

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1), (1, 5), (100, 7), (-100, 7), (99, -10)]
for a, b in pairs:
    print(a, b, "floordiv", a // b, "mod", a % b, "divmod", divmod(a, b), "truediv", a / b)

# identities of floor division
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))

# powers
for base in [-3, -2, -1, 0, 1, 2, 3, 10]:
    print(base, [base ** e for e in range(0, 8)])
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(0 ** 0, pow(0, 0), pow(2, 10), pow(-2, 3))

# operator precedence
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 + 3 * 4 - 5 // 2 % 3, (2 + 3) * (4 - 5) // 2)
print(-7 // 2 * 2, -(7 // 2) * 2, 7 % -3 * -1)
print(1 - -1, 1 + -1, - - 5, - + - 5)

# augmented assignment
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0x100; print(x)
x &= 0x1F0; print(x)
x ^= 0xFF; print(x)

# int true division
print(1 / 3, 2 / 3, 10 / 4, -10 / 4, 6 / 3, type(6 / 3).__name__)
print(7 / 7, 0 / 5, -0 / 5)
print(10 ** 20 / 10 ** 10, 2 ** 60 / 3)
# sum of a range
total = 0
for i in range(1, 1001):
    total += i * i
print(total, sum(range(1, 1001)))
