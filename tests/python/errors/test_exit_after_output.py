# Exit status 2 via raise SystemExit(2) after plenty of output, from inside nested loops.
for i in range(3):
    for j in range(3):
        print(i, j, i * j)
        if i * j == 2:
            raise SystemExit(2)
