# Floating point algorithms: numerical integration, series, root finding (only + - * /).
def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

print(integrate(lambda x: x * x, 0.0, 1.0, 100))
print(integrate(lambda x: x * x * x, 0.0, 2.0, 1000))
print(integrate(lambda x: 1 / (1 + x * x), 0.0, 1.0, 500) * 4)

def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s

for n in [1, 10, 100, 1000, 10000]:
    print(n, leibniz(n))

def bisect_root(f, lo, hi):
    for _ in range(100):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2

print(bisect_root(lambda x: x * x - 2, 0.0, 2.0))
print(bisect_root(lambda x: x * x * x - x - 1, 1.0, 2.0))

def exp_series(x, terms=30):
    s, t = 1.0, 1.0
    for k in range(1, terms):
        t *= x / k
        s += t
    return s

for x in [0.0, 0.5, 1.0, 2.0, -1.0, 5.0]:
    print(x, exp_series(x))
# compound interest table
balance = 1000.0
for year in range(1, 11):
    balance *= 1.05
    print(year, balance, round(balance, 2), f"{balance:.2f}")
# mandelbrot membership counts on a small grid
rows = []
for yi in range(-6, 7):
    row = ""
    for xi in range(-20, 8):
        c = complex(xi / 10, yi / 6) if False else (xi / 10, yi / 6)
        zr = zi = 0.0
        n = 0
        while n < 40 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + c[0], 2 * zr * zi + c[1]
            n += 1
        row += "#" if n == 40 else ".:-=+*"[n % 6]
    rows.append(row)
print("\n".join(rows))
