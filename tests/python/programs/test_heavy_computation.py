# The seed benchmark's heavy_computation, single-threaded with small n, plus variants of the same loop.
def heavy_computation(n):
    """A function that simulates a heavy CPU workload."""
    count = 0
    for i in range(n):
        count += i
    return count
for n in [0, 1, 10, 1000, 10 ** 5, 3 * 10 ** 5]:
    r = heavy_computation(n)
    print(n, r, r == n * (n - 1) // 2)
print(heavy_computation.__doc__)
def run_work_items(work_items, n):
    return [heavy_computation(n) for _ in range(work_items)]
results = run_work_items(4, 50000)
print(results, len(set(results)))
def while_version(n):
    count, i = 0, 0
    while i < n:
        count += i
        i += 1
    return count
print(while_version(100000) == heavy_computation(100000))
def float_version(n):
    total = 0.0
    for i in range(n):
        total += i * 0.5
    return total
print(float_version(100000))
def big_version(n):
    count = 2 ** 64
    for i in range(n):
        count += i
    return count
print(big_version(100000), big_version(100000) - 2 ** 64 == heavy_computation(100000))
