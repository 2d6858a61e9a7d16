# A sudoku solver with constraint propagation by candidate sets (of small ints) and backtracking.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [line for line in text.split() if line]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]
def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return {d for d in range(1, 10)} - used
steps = 0
def solve(grid):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in sorted(cand):
        steps += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False
grid = parse(PUZZLE)
print(sorted(candidates(grid, 0, 2)), sorted(candidates(grid, 4, 4)))
print(solve(grid), steps)
for i, row in enumerate(grid):
    if i % 3 == 0 and i:
        print("------+-------+------")
    print(" | ".join(" ".join(str(v) for v in row[k:k + 3]) for k in (0, 3, 6)))
ok = all(sorted(row) == list(range(1, 10)) for row in grid)
ok = ok and all(sorted(grid[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
print("valid:", ok)
