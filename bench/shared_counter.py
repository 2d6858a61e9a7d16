"""The seed's SafeCounter (seeds/002): THREADS threads increment one counter under a Lock.

Usage: python3 shared_counter.py [THREADS]

Each of the THREADS threads calls increment() INCREMENTS = 200,000 times; there is a
threading.Thread even when THREADS is 1, so the lock path is the same in every
configuration. Unlike the other workloads, the total work grows with THREADS
(THREADS * 200,000 increments): the runner reports throughput speedup for it. The
program checks that no increment was lost and exits 1 if one was.
"""
import sys
import threading
import time

INCREMENTS = 200_000


class SafeCounter:
    def __init__(self):
        self.count = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            # This block is now atomic, preventing race conditions
            self.count += 1


def hammer(counter, times):
    for _ in range(times):
        counter.increment()


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    counter = SafeCounter()
    workers = [threading.Thread(target=hammer, args=(counter, INCREMENTS)) for _ in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    expected = threads * INCREMENTS
    ok = counter.count == expected
    print(f"checksum shared_counter threads={threads} count={counter.count} expected={expected} "
          f"{'ok' if ok else 'LOST_UPDATES'}")
    print(f"kernel_seconds={elapsed:.6f}", file=sys.stderr)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
