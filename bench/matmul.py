"""Pure-Python matrix multiplication, C = A x B, of two 120x120 float matrices.

Usage: python3 matmul.py [THREADS]

The inputs are lists of lists filled by a fixed formula (no random numbers). The rows
of C are split into THREADS contiguous blocks, one per threading.Thread; with 1 thread
the main thread computes all rows. Every entry of C is computed by the same sequence of
float operations whatever THREADS is, and the checksum adds the entries in row-major
order with a plain loop, so the checksum is identical for every THREADS.
"""
import sys
import time

SIZE = 120


def make_matrix(n, a, b):
    return [[((i * a + j * b) % 17) / 7.0 - 1.0 for j in range(n)] for i in range(n)]


def multiply_rows(A, B, C, first, last):
    n = len(B)
    m = len(B[0])
    for i in range(first, last):
        row_a = A[i]
        row_c = [0.0] * m
        for j in range(m):
            acc = 0.0
            for k in range(n):
                acc += row_a[k] * B[k][j]
            row_c[j] = acc
        C[i] = row_c


def row_blocks(n, parts):
    bounds = [n * p // parts for p in range(parts + 1)]
    return [(bounds[p], bounds[p + 1]) for p in range(parts)]


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    A = make_matrix(SIZE, 3, 5)
    B = make_matrix(SIZE, 7, 2)
    C = [None] * SIZE
    start = time.perf_counter()
    if threads == 1:
        multiply_rows(A, B, C, 0, SIZE)
    else:
        import threading  # only the multi-thread runs need it
        workers = [threading.Thread(target=multiply_rows, args=(A, B, C, first, last))
                   for first, last in row_blocks(SIZE, threads)]
        for t in workers:
            t.start()
        for t in workers:
            t.join()
    elapsed = time.perf_counter() - start
    total = 0.0
    trace = 0.0
    for i in range(SIZE):
        for x in C[i]:
            total += x
        trace += C[i][i]
    print(f"checksum matmul size={SIZE} sum={total!r} trace={trace!r}")
    print(f"kernel_seconds={elapsed:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
