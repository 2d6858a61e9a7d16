# Bitwise operations, including negative numbers (two's complement semantics).
vals = [0, 1, 5, 12, 255, -1, -5, -12, -256, 2 ** 40 + 3, -(2 ** 40) - 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x10, a ^ 0x3C, a << 3, a >> 2, a >> 100)
for a in [6, -6, 0x55, -0x55]:
    for b in [3, -3, 0xF0, -0xF0]:
        print(a, b, a & b, a | b, a ^ b)
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -1 >> 10, -1024 >> 3, -1025 >> 3, 1023 >> 3)
print((1 << 200) >> 199, (-(1 << 200)) >> 199, (-(1 << 200) - 1) >> 199)
print(~(2 ** 100), ~(-(2 ** 100)))
print((2 ** 100 - 1) & (2 ** 64 + 0xABC), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 - 1))
print(-(2 ** 70) & 0xFFFFFFFF, -(2 ** 70) | 0xF, -(2 ** 70) ^ -1)
for n in [0, 1, 2, 3, 7, 8, 255, 256, 1023, -1, -8, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length(), bin(n).count("1"))
print(True & False, True | False, True ^ True, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True + True).__name__, type(True & 3).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 << 2
except TypeError as e:
    print("TypeError:", e)
# popcount by hand
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(33)])
# gray code
print([i ^ (i >> 1) for i in range(16)])
# masks
x = 0
for bit in [0, 3, 5, 64, 65, 100]:
    x |= 1 << bit
print(x, hex(x), [b for b in range(110) if x >> b & 1])
x &= ~(1 << 64)
print(x, [b for b in range(110) if x >> b & 1])
