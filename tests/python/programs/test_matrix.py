# Matrix operations on lists of lists: multiply, transpose, determinant, inverse with fractions by hand, power.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(r) for r in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def det(a):
    if len(a) == 1:
        return a[0][0]
    if len(a) == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    return sum((-1) ** j * a[0][j] * det([row[:j] + row[j + 1:] for row in a[1:]]) for j in range(len(a)))
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print("A x B"); show(matmul(A, B))
print("B x A"); show(matmul(B, A))
print("A^T"); show(transpose(A))
F = [[1, 1], [1, 0]]
print("fib matrix ^ 50"); show(mat_pow(F, 50))
print("fib(90) =", mat_pow(F, 90)[0][1])
M = [[2, -3, 1, 5], [4, 0, -2, 1], [-1, 3, 7, 2], [6, 1, 1, -4]]
print("det", det(M), det(identity(5)), det([[1, 2], [2, 4]]))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o): return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o): return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o): return self.n == o.n and self.d == o.d
    def __repr__(self): return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"
def inverse(m):
    n = len(m)
    aug = [[Frac(v) for v in row] + [Frac(1 if i == j else 0) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if aug[r][col].n != 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        pv = aug[col][col]
        aug[col] = [v / pv for v in aug[col]]
        for r in range(n):
            if r != col and aug[r][col].n != 0:
                factor = aug[r][col]
                aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
inv = inverse(M)
print("inverse"); show(inv)
check = [[sum((Frac(M[i][k]) * inv[k][j] for k in range(4)), Frac(0)) for j in range(4)] for i in range(4)]
print("M x M^-1 == I:", all(check[i][j] == Frac(1 if i == j else 0) for i in range(4) for j in range(4)))
big = [[(i * 7 + j * 3) % 11 for j in range(12)] for i in range(12)]
prod = matmul(big, transpose(big))
print("trace", sum(prod[i][i] for i in range(12)), "sum", sum(map(sum, prod)))
