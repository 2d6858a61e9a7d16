"""Row-wise apply over a table (the DataFrame.apply(fn, axis=1) pattern of seeds/001).

Usage: python3 row_apply.py [THREADS]

The table (not timed) is a list of ROWS = 150,000 dicts with numeric and text columns,
filled by a fixed formula. The apply function (timed) reads one row and returns a new
row with derived columns: a distance, a ratio, a clipped and rounded score, a bucket
label and a tag string. The rows are cut into THREADS contiguous blocks, one per
threading.Thread, each writing its results into its own slice of a preallocated output
list; with 1 thread the main thread applies the function to every row. Only +, -, *, /,
sqrt and round are used, all exactly rounded, and the checksum adds the derived columns
in row order, so the checksum is the same whatever THREADS is.
"""
import math
import sys
import time

ROWS = 150_000
CATEGORIES = ["alpha", "beta", "gamma", "delta", "epsilon"]


def make_table(rows):
    table = []
    for i in range(rows):
        table.append({
            "id": i,
            "x": ((i * 7) % 1000) / 10.0 - 50.0,
            "y": ((i * 11) % 997) / 7.0,
            "weight": (i % 13) + 1,
            "category": CATEGORIES[i % len(CATEGORIES)],
        })
    return table


def derive(row):
    x = row["x"]
    y = row["y"]
    weight = row["weight"]
    distance = math.sqrt(x * x + y * y)
    ratio = x / (y + 1.0)
    score = distance * weight - abs(ratio)
    if score < 0.0:
        score = 0.0
    elif score > 1000.0:
        score = 1000.0
    bucket = "high" if distance > 60.0 else ("mid" if distance > 30.0 else "low")
    return {
        "id": row["id"],
        "distance": distance,
        "ratio": ratio,
        "score": round(score, 2),
        "bucket": bucket,
        "tag": row["category"][:3].upper() + "-" + bucket,
    }


def apply_rows(table, out, first, last):
    for i in range(first, last):
        out[i] = derive(table[i])


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    table = make_table(ROWS)
    out = [None] * ROWS
    start = time.perf_counter()
    if threads == 1:
        apply_rows(table, out, 0, ROWS)
    else:
        bounds = [ROWS * p // threads for p in range(threads + 1)]
        import threading  # only the multi-thread runs need it
        workers = [threading.Thread(target=apply_rows, args=(table, out, bounds[p], bounds[p + 1]))
                   for p in range(threads)]
        for t in workers:
            t.start()
        for t in workers:
            t.join()
    elapsed = time.perf_counter() - start
    distance = ratio = score = 0.0
    buckets = {}
    tag_chars = 0
    for row in out:
        distance += row["distance"]
        ratio += row["ratio"]
        score += row["score"]
        buckets[row["bucket"]] = buckets.get(row["bucket"], 0) + 1
        tag_chars += len(row["tag"])
    counts = " ".join(f"{name}={buckets[name]}" for name in sorted(buckets))
    print(f"checksum row_apply rows={len(out)} distance={distance!r} ratio={ratio!r} "
          f"score={score!r} tag_chars={tag_chars} {counts}")
    print(f"kernel_seconds={elapsed:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
