# Nested loops: search with flags, for-else for "not found", loop variable values after loops, ranges with steps.
grid = [[3, 8, 1], [9, 4, 7], [2, 6, 5]]
target = 7
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            print("found", target, "at", (r, c))
            break
    else:
        continue
    break
else:
    print("not found")
for target in [10, 2]:
    for r, row in enumerate(grid):
        if target in row:
            print(target, "in row", r, "col", row.index(target))
            break
    else:
        print(target, "not in grid")
for i in range(3):
    for j in range(3):
        pass
print("after loops", i, j)
for i in range(10, 0, -4):
    print(i, end=" ")
print()
for i in range(0):
    pass
else:
    print("empty range still runs else")
total = 0
for i in range(1, 5):
    for j in range(i):
        if j == 2:
            continue
        total += i * j
print(total)
pairs = []
i = 0
while i < 4:
    j = i
    while j < 4:
        if (i + j) % 3 == 0:
            j += 1
            continue
        pairs.append((i, j))
        j += 1
    i += 1
print(pairs)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6 and a <= b <= c:
                count += 1
                print((a, b, c), end=" ")
print("\ncount", count)
