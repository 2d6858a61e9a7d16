# Recursion: factorial, fibonacci, ackermann, hanoi, permutations, mutual recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(n) for n in range(15)], fact(100))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(20)])
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(3, 3))
moves = []
def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:8])
def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + p)
    return out
print(perms([1, 2, 3]), len(perms(list(range(5)))), perms("abc"))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(8)], is_odd(301))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def depth(obj):
    if isinstance(obj, (list, tuple)):
        return 1 + max(map(depth, obj), default=0)
    return 0
print(depth([1, [2, [3, [4]]], (5,)]), depth([]), depth(7))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 3 ** 50 * 2 ** 7))
def flood(grid, r, c):
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]) or grid[r][c] != ".":
        return 0
    grid[r][c] = "#"
    return 1 + flood(grid, r + 1, c) + flood(grid, r - 1, c) + flood(grid, r, c + 1) + flood(grid, r, c - 1)
g = [list(row) for row in ["..x..", ".xx..", "x...x", "..x.."]]
print(flood(g, 0, 0), flood(g, 0, 4), ["".join(r) for r in g])
