# Arbitrary-precision integers.
a = 2 ** 200
print(a)
print(a + 1, a - 1)
print(-a)
print(a * a)
print(a // 3, a % 3)
print(a // -7, a % -7)
print(-a // 7, -a % 7)
print(divmod(a, 10 ** 20))
print(divmod(-a, 10 ** 20))
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())

fact = 1
for i in range(1, 51):
    fact *= i
print("50! =", fact)
print(len(str(fact)), str(fact).count("0"))
f100 = 1
for i in range(1, 101):
    f100 *= i
print("100! =", f100)
print(f100 // fact)

# fibonacci numbers grow past 64 bits
a, b = 0, 1
for i in range(200):
    a, b = b, a + b
    if i % 20 == 0:
        print(i, a)
print("fib200", a)

# mixing big and small
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1)
print(2 ** 53 + 1, float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print((2 ** 64) * (2 ** 64) == 2 ** 128)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99), 2 ** 100 == 2 ** 100)
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 7))
print(123456789 ** 5)
print((-123456789) ** 5)
print(int("9" * 60) + 1)
print(int("-" + "1" * 50) * 3)
print(hash(2 ** 61 - 1) == 0, hash(2 ** 61) == 1)
print(hash(-1), hash(-2), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)))
print(abs(-(10 ** 40)), abs(10 ** 40) == 10 ** 40)
print(sum([2 ** i for i in range(100)]) == 2 ** 100 - 1)
print(max(3 ** 80, 2 ** 127), min(-(3 ** 80), -(2 ** 127)))
x = 1
for i in range(10):
    x = x * 1000003 + i
    print(x)
print(x % 97, x // 97 % 1000)
print((10 ** 50 + 1) / 10 ** 49)
print(2 ** 1000 // 2 ** 990, 2 ** 1000 >> 995, 1 << 150)
print(str(2 ** 512)[:20], len(str(2 ** 512)))
