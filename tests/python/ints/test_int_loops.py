# Integer-heavy loops: collatz, digit sums, gcd, primes, perfect numbers.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 31)])
best = max(range(1, 3000), key=collatz)
print(best, collatz(best))

def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s

print([digit_sum(n) for n in [0, 9, 10, 99, 12345, 2 ** 64, 10 ** 30 - 1]])

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print([gcd(a, b) for a, b in [(48, 18), (17, 5), (0, 9), (2 ** 40, 6 ** 20), (1071, 462)]])

def divisors(n):
    out = []
    i = 1
    while i * i <= n:
        if n % i == 0:
            out.append(i)
            if i != n // i:
                out.append(n // i)
        i += 1
    return sorted(out)

print(divisors(360), divisors(97), divisors(1))
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])

def to_base(n, b):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 5, -5, 255, 1000, 2 ** 70]:
    print(n, [to_base(n, b) for b in (2, 3, 7, 16, 36)])
    assert all(int(to_base(n, b), b) == n for b in (2, 3, 7, 16, 36))

# integer square roots by Newton iteration
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print([isqrt(n) for n in [0, 1, 2, 3, 4, 99, 100, 101, 10 ** 40, 2 ** 127]])
# triangular, square and pentagonal numbers
tri = [n * (n + 1) // 2 for n in range(1, 20)]
sq = [n * n for n in range(1, 20)]
print(tri)
print(sorted(set(tri) & set(sq)))
acc = 1
for k in range(1, 30):
    acc = acc * 3 + k
    print(k, acc, acc % 1000, acc.bit_length())
