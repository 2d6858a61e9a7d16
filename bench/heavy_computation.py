"""The summing loop from the seed article (seeds/002), kept exactly as written there.

Usage: python3 heavy_computation.py [THREADS]

Total work is constant: N = 10**7 loop iterations in every configuration.
  THREADS == 1: heavy_computation(N) is called once, in the main thread, with no
                executor at all (the figure the single-thread ratio is judged on).
  THREADS == T > 1: the same N iterations are split into T work items
                heavy_computation(N // T) (the last item takes the remainder), run by
                a ThreadPoolExecutor(max_workers=T).
The checksum line names the iteration count and the sum of the items' results; the
sum depends on T (sum of range(n) is not additive over pieces) but is the same for
every Python at the same T.
"""
import sys
import time

N = 10**7


def heavy_computation(n):
    """A function that simulates a heavy CPU workload."""
    count = 0
    for i in range(n):
        count += i
    return count


def work_sizes(total, parts):
    base = total // parts
    sizes = [base] * parts
    sizes[-1] += total - base * parts
    return sizes


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    sizes = work_sizes(N, threads)
    start = time.perf_counter()
    if threads == 1:
        results = [heavy_computation(N)]
    else:
        from concurrent.futures import ThreadPoolExecutor  # only the multi-thread runs need it
        with ThreadPoolExecutor(max_workers=threads) as executor:
            futures = [executor.submit(heavy_computation, n) for n in sizes]
            results = [f.result() for f in futures]
    elapsed = time.perf_counter() - start
    print(f"checksum heavy_computation iterations={sum(sizes)} items={len(results)} sum={sum(results)}")
    print(f"kernel_seconds={elapsed:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
