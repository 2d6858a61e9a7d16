# Building strings incrementally and with join; long strings; str() of containers.
parts = []
for i in range(50):
    parts.append(f"{i:02d}")
s = "".join(parts)
print(len(s), s[:20], s[-20:], s.count("1"))
acc = ""
for i in range(200):
    acc += chr(ord("a") + i % 26)
print(len(acc), acc[:52], acc[-10:], acc.count("z"))
big = "xyz" * 10000
print(len(big), big[15000:15009], big.count("zx"), big.find("yzx", 20000), big.rfind("xy"))
lines = []
for row in range(1, 10):
    lines.append(" ".join(f"{row * col:2d}" for col in range(1, 10)))
print("\n".join(lines))
nested = [1, [2, [3, [4, "five"]]], (6, 7.0), {"k": [None, True]}]
print(str(nested), len(str(nested)))
tri = "\n".join("*" * i for i in range(1, 8))
print(tri)
diamond = []
n = 5
for i in list(range(1, n + 1)) + list(range(n - 1, 0, -1)):
    diamond.append(" " * (n - i) + "*" * (2 * i - 1))
print("\n".join(diamond))
s = "a"
for i in range(10):
    s = s + s[::-1] + str(i)
print(len(s), s[:30], s[-30:], s.count("9"))
print("-" * 40)
print(f"{'left':<10}|{'center':^10}|{'right':>10}|")
