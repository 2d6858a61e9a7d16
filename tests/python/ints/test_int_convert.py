# Conversions between ints and strings in various bases.
nums = [0, 1, -1, 7, 8, 255, -255, 4096, 2 ** 31, -(2 ** 31), 2 ** 64 + 5, 10 ** 18]
for n in nums:
    print(n, bin(n), oct(n), hex(n), str(n), repr(n))
for n in nums:
    print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "d"))
for n in nums:
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(int(bin(-123), 0), int(oct(-123), 0), int(hex(-123), 0))
for n in [0, 1, 255, 256, 65535, 2 ** 32, 2 ** 64 - 1]:
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes(range(1, 17)), "big"))
print(int.from_bytes([1, 2, 3], "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (-7).as_integer_ratio(), (5).numerator, (5).denominator)
print((5).real, (5).imag, (5).conjugate(), True.real, False.numerator)
print(int.__name__, type(5) is int, isinstance(True, int), issubclass(bool, int))
print(str(-0), str(+0), repr(10 ** 25), ascii(12))
print(float(7), float(-7), float(2 ** 70), float(10 ** 22), float(10 ** 23))
print(complex(3).real, round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(15, -1), round(25, -1), round(5, -1), round(123, 1))
print(type(round(7)).__name__, type(round(7, 1)).__name__, type(round(7.5)).__name__)
digits = []
n = 98765432109876543210
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
print(int("".join(str(d) for d in reversed(digits))))
print(sum(int(c) for c in str(2 ** 100)))
