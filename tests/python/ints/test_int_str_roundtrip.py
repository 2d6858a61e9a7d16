# str(int) and int(str) round trips for many magnitudes.
x = 1
for i in range(0, 120, 7):
    v = 3 ** i + 7 ** (i // 2)
    s = str(v)
    print(i, len(s), s[:10], s[-10:], int(s) == v, int("-" + s) == -v)
for i in range(1, 40):
    v = int("1" * i)
    print(i, v, v * 9 + 10 - i == 10 ** i, v % 7)
print(str(10 ** 100))
print(str(-(10 ** 100) + 1))
print(repr(2 ** 333))
print([int(str(2 ** k)) == 2 ** k for k in range(0, 200, 25)])
print(f"{2 ** 100:,}", f"{-(2 ** 100):_}", f"{2 ** 100:x}", f"{2 ** 100:>40}")
print("%d" % (3 ** 100), "%x" % (3 ** 100), "%o" % (3 ** 50))
