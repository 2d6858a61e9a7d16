# Conway's Game of Life on a small torus and on an unbounded set of live cells.
def step_grid(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = sum(grid[(r + dr) % h][(c + dc) % w] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new
def show(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)
grid = [[0] * 10 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(5):
    print(f"generation {gen}, population {sum(map(sum, grid))}")
    print(show(grid))
    grid = step_grid(grid)
def step_set(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
r_pentomino = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
live = set(r_pentomino)
history = []
for gen in range(60):
    history.append(len(live))
    live = step_set(live)
print(history)
rows = [r for r, _ in live]
cols = [c for _, c in live]
print(len(live), min(rows), max(rows), min(cols), max(cols))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step_set(blinker)), step_set(step_set(blinker)) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step_set(block) == block)
