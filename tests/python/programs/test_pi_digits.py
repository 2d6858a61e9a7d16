# Digits of pi and e with integer arithmetic only (spigot / Machin), checked against known prefixes.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
digits = pi_digits(120)
print(digits[0] + "." + digits[1:])
def arctan_inv(x, scale):
    total = term = scale // x
    n, sign = 1, 1
    x2 = x * x
    while term:
        term //= x2
        n += 2
        sign = -sign
        total += sign * (term // n)
    return total
def machin(ndigits):
    scale = 10 ** (ndigits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)
m = machin(300)
print(m[:60], len(m), m[:120] == digits)
def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 5)
e = e_digits(100)
print(e[0] + "." + e[1:])
counts = [m.count(str(d)) for d in range(10)]
print(counts, sum(counts))
print(m.find("999999"), m.find("141"), m[-10:])
