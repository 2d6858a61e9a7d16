# Number bases by hand vs builtins, digit manipulation, integer palindromes, Armstrong numbers, base conversion of big ints.
def digits(n, base=10):
    out = []
    n = abs(n)
    while True:
        n, d = divmod(n, base)
        out.append(d)
        if n == 0:
            return out[::-1]
for n in [0, 5, 10, 255, 1000, 65535, 3 ** 40]:
    print(n, digits(n, 2)[:16], digits(n, 16), digits(n, 7), int("".join("0123456789abcdef"[d] for d in digits(n, 16)), 16) == n)
armstrong = [n for n in range(1, 100000) if n == sum(d ** len(str(n)) for d in digits(n))]
print(armstrong)
happy = []
for n in range(1, 60):
    seen = set()
    m = n
    while m != 1 and m not in seen:
        seen.add(m)
        m = sum(d * d for d in digits(m))
    if m == 1:
        happy.append(n)
print(happy)
def reverse_int(n):
    r = 0
    while n:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r
lychrel_steps = {}
for n in [56, 57, 59, 89, 10911]:
    x, steps = n, 0
    while True:
        x += reverse_int(x)
        steps += 1
        if x == reverse_int(x) or steps > 60:
            break
    lychrel_steps[n] = (steps, x)
print(lychrel_steps)
print(sum(digits(2 ** 1000)), sum(digits(3 ** 500, 3)), len(digits(2 ** 1000, 2)), digits(2 ** 64, 256))
print(int("1" * 64, 2) == 2 ** 64 - 1, int("z" * 10, 36) == 36 ** 10 - 1, format(36 ** 10 - 1, "x"))
