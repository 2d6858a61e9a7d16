# Memoized Fibonacci with a dict, bottom-up tables, and a few identities checked on big values.
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(n) for n in range(25)])
print(fib(100), fib(300))
print(len(memo))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(n) == fib_iter(n) for n in range(300)))
print(all(fib(2 * n) == fib(n) * (2 * fib(n + 1) - fib(n)) for n in range(1, 140)))
print(all(fib(n) ** 2 - fib(n + 1) * fib(n - 1) == (-1) ** (n - 1) for n in range(1, 250)))
def fib_fast(n):
    if n == 0:
        return (0, 1)
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
print(fib_fast(1000)[0] == fib_iter(1000), len(str(fib_fast(5000)[0])), fib_fast(5000)[0] % 1000000007)
calls = 0
def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
print(fib_naive(20), calls)
cache_hits = {"hit": 0, "miss": 0}
table = {}
def lucas(n):
    if n in table:
        cache_hits["hit"] += 1
        return table[n]
    cache_hits["miss"] += 1
    v = 2 if n == 0 else 1 if n == 1 else lucas(n - 1) + lucas(n - 2)
    table[n] = v
    return v
print([lucas(n) for n in range(15)], lucas(200), cache_hits)
print([fib(n) % 10 for n in range(60)] == [fib(n + 60) % 10 for n in range(60)])
