# Prime sieves: Eratosthenes with a bytearray and with a list, segmented counting, twin primes, goldbach.
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]
def sieve_list(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    p = 2
    while p * p <= n:
        if is_p[p]:
            for m in range(p * p, n + 1, p):
                is_p[m] = False
        p += 1
    return [i for i in range(n + 1) if is_p[i]]
primes = sieve(100000)
print(len(primes), primes[:20], primes[-5:], sum(primes))
print(sieve_list(1000) == sieve(1000), len(sieve_list(50000)))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[:8], twins[-3:])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:12], max(gaps))
prime_set = set(primes)
def goldbach(n):
    for p in primes:
        if n - p in prime_set:
            return p, n - p
print([goldbach(n) for n in range(4, 60, 4)], goldbach(99998))
counts = [0] * 10
for p in primes:
    counts[p % 10] += 1
print(counts)
def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in [360, 97, 1001, 2 ** 20, 600851475143, 9999999967]:
    print(n, factorize(n))
