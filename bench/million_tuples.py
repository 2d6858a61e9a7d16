"""Peak memory of one million small tuples held at once.

Usage: python3 million_tuples.py [THREADS]

Builds a list of COUNT = 1,000,000 tuples (i, i + 1) and keeps it alive until the
checksum is printed; the runner compares the peak RSS of the whole process. THREADS is
accepted for uniformity and ignored: the list is always built by the main thread, so
every configuration does the same work.
"""
import sys
import time

COUNT = 1_000_000


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    start = time.perf_counter()
    pairs = [(i, i + 1) for i in range(COUNT)]
    elapsed = time.perf_counter() - start
    total = 0
    for a, b in pairs:
        total += a * 3 + b
    print(f"checksum million_tuples len={len(pairs)} sum={total} last={pairs[-1]}")
    print(f"kernel_seconds={elapsed:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
