# N-queens: count all solutions by backtracking, print the first board for several sizes.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[0] if sols else None)
board = solve(8)[0]
for r in range(8):
    print(" ".join("Q" if board[r] == c else "." for c in range(8)))
def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
print([count_bits(n) for n in range(1, 10)])
unique = set()
for s in solve(6):
    variants = []
    b = s
    for _ in range(4):
        b = [b.index(i) for i in range(len(b) - 1, -1, -1)] if False else [len(b) - 1 - b.index(i) for i in range(len(b))]
        variants.append(tuple(b))
        variants.append(tuple(reversed(b)))
    unique.add(min(variants))
print(sorted(unique))
