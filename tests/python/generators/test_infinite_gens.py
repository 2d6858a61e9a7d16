# Infinite generators composed by hand (no itertools): take, drop, zip, primes, cycles.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it, None)
    yield from it
def gmap(fn, it):
    for x in it:
        yield fn(x)
def gfilter(pred, it):
    for x in it:
        if pred(x):
            yield x
def cycle(seq):
    while True:
        yield from seq
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def pairwise_sums(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield prev + cur
        prev = cur
print(take(10, naturals()))
print(take(5, drop(100, naturals())))
print(take(8, gmap(lambda x: x * x, gfilter(lambda x: x % 3 == 1, naturals()))))
print(take(7, cycle("abc")))
print(take(20, primes()))
print(take(6, pairwise_sums(naturals(1))))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:20], len(list(collatz(27))))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", range(5), ["x"])))
p = primes()
print(next(p), next(p), next(p))
q = primes()
print(next(q), next(p))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(10, accumulate(naturals(1))))
