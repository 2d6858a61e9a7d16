# pow with three arguments, and modular inverse.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(2 ** 100, 2 ** 50, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(10, -1, 17), pow(-3, -1, 7))
print(pow(38, -1, 97) * 38 % 97)
for m in [2, 3, 5, 7, 11, 13, 101]:
    print(m, [pow(b, m - 1, m) for b in range(1, min(m, 8))])
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)

def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r

for b, e, m in [(5, 117, 19), (2, 1000, 1009), (99, 12345, 100003), (2 ** 70, 3 ** 40, 10 ** 12 + 39)]:
    print(b, e, m, modexp(b, e, m), pow(b, e, m), modexp(b, e, m) == pow(b, e, m))

# Miller-Rabin with big numbers
def is_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(100) if is_prime(n)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 89 - 1), is_prime(2 ** 67 - 1))
print([k for k in range(2, 130) if is_prime(2 ** k - 1)])
