# Unbounded recursion that is not caught: exit status 1 after the earlier output (stderr not compared).
def down(n):
    return down(n + 1) + 1
print("descending")
down(0)
