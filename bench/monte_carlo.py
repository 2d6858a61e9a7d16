"""Monte Carlo pricing of a European call option (Black-Scholes dynamics).

Usage: python3 monte_carlo.py [THREADS]

PATHS = 200,000 simulated terminal prices in total, whatever THREADS is: thread i
(0 <= i < THREADS) simulates its contiguous share of the paths with its own generator
random.Random(SEED + i), so no generator is shared between threads. With 1 thread the
main thread does all paths with random.Random(SEED). Because the streams depend on
THREADS, the price differs slightly between thread counts; it is deterministic for a
given THREADS, so pyrallel and CPython must print the same checksum at the same THREADS.
The price is rounded to 4 decimals (random.gauss goes through log/cos, whose last bit
may legitimately differ between math libraries).
"""
import math
import random
import sys
import time

SEED = 1234
PATHS = 200_000
SPOT = 100.0
STRIKE = 105.0
RATE = 0.05
VOLATILITY = 0.2
MATURITY = 1.0


def simulate(paths, seed):
    """Sum of the call payoffs over `paths` simulated terminal prices."""
    rng = random.Random(seed)
    drift = (RATE - 0.5 * VOLATILITY * VOLATILITY) * MATURITY
    diffusion = VOLATILITY * math.sqrt(MATURITY)
    total = 0.0
    for _ in range(paths):
        terminal = SPOT * math.exp(drift + diffusion * rng.gauss(0.0, 1.0))
        payoff = terminal - STRIKE
        if payoff > 0.0:
            total += payoff
    return total


def shares(total, parts):
    bounds = [total * p // parts for p in range(parts + 1)]
    return [bounds[p + 1] - bounds[p] for p in range(parts)]


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    start = time.perf_counter()
    if threads == 1:
        sums = [simulate(PATHS, SEED)]
    else:
        sums = [0.0] * threads

        def worker(index, paths):
            sums[index] = simulate(paths, SEED + index)

        import threading  # only the multi-thread runs need it
        workers = [threading.Thread(target=worker, args=(i, n))
                   for i, n in enumerate(shares(PATHS, threads))]
        for t in workers:
            t.start()
        for t in workers:
            t.join()
    total = 0.0
    for s in sums:
        total += s
    price = math.exp(-RATE * MATURITY) * total / PATHS
    elapsed = time.perf_counter() - start
    print(f"checksum monte_carlo paths={PATHS} streams={threads} price={round(price, 4)}")
    print(f"kernel_seconds={elapsed:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
