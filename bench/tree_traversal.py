"""Recursive traversal of a tree of Node objects whose value() is costly to compute.

Usage: python3 tree_traversal.py [THREADS]

The tree is complete, BRANCHING children per node and DEPTH levels below the root
(BRANCHING = 4, DEPTH = 7: 21,845 nodes); every node's value() runs an integer
arithmetic loop of WORK iterations. Building the tree is not timed; the traversal is.

Splitting: the tree is cut at the first level that holds at least 4 * THREADS
subtrees; the subtrees on that level are dealt round-robin to THREADS threads, each of
which sums its subtrees with the same recursive function, and the main thread adds the
values of the few nodes above the cut. With 1 thread the main thread traverses the
whole tree from the root. Every node is visited exactly once in every configuration,
and the checksum (an integer) is the same whatever THREADS is.
"""
import sys
import time

BRANCHING = 4
DEPTH = 7
WORK = 200
MODULUS = 1_000_003


class Node:
    def __init__(self, key, children):
        self.key = key
        self.children = children

    def value(self):
        x = self.key
        acc = 0
        for k in range(WORK):
            x = (x * 31 + k) % MODULUS
            acc += x & 255
        return acc


def build(key, depth):
    if depth == 0:
        return Node(key, [])
    children = [build(key * BRANCHING + c + 1, depth - 1) for c in range(BRANCHING)]
    return Node(key, children)


def total(node):
    s = node.value()
    for child in node.children:
        s += total(child)
    return s


def cut(root, threads):
    """Nodes above the cut (summed by the main thread) and the subtrees on the cut."""
    above = []
    level = [root]
    while len(level) < 4 * threads and level[0].children:
        above.extend(level)
        level = [child for node in level for child in node.children]
    return above, level


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    root = build(0, DEPTH)
    start = time.perf_counter()
    if threads == 1:
        result = total(root)
    else:
        above, subtrees = cut(root, threads)
        partial = [0] * threads

        def worker(index):
            s = 0
            for subtree in subtrees[index::threads]:
                s += total(subtree)
            partial[index] = s

        import threading  # only the multi-thread runs need it
        workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
        for t in workers:
            t.start()
        result = 0
        for node in above:
            result += node.value()
        for t in workers:
            t.join()
        for s in partial:
            result += s
    elapsed = time.perf_counter() - start
    print(f"checksum tree_traversal nodes={(BRANCHING ** (DEPTH + 1) - 1) // (BRANCHING - 1)} sum={result}")
    print(f"kernel_seconds={elapsed:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
