# Maze solving with BFS on a text grid; the path is drawn into the maze; unreachable targets reported.
MAZE = [
    "###############",
    "#S    #       #",
    "# ### # ##### #",
    "#   # #     # #",
    "### # ##### # #",
    "#   #     # # #",
    "# ####### # # #",
    "#       #   #E#",
    "###############",
]
def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return r, c
def bfs(start, goal, grid):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for r, c in frontier:
            if (r, c) == goal:
                path = []
                node = goal
                while node:
                    path.append(node)
                    node = prev[node]
                return path[::-1]
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if grid[nr][nc] != "#" and (nr, nc) not in prev:
                    prev[(nr, nc)] = (r, c)
                    nxt.append((nr, nc))
        frontier = nxt
    return None
start, goal = find("S"), find("E")
print(start, goal)
path = bfs(start, goal, MAZE)
print(len(path) - 1, path[:6], path[-3:])
canvas = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    canvas[r][c] = "."
print("\n".join("".join(row) for row in canvas))
blocked = list(MAZE)
blocked[6] = "# ####### # ###"
print("unreachable:", bfs(start, goal, blocked))
print("reachable again:", len(bfs(start, (7, 11), blocked)) - 1)
turns = sum(1 for a, b, c in zip(path, path[1:], path[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns:", turns)
