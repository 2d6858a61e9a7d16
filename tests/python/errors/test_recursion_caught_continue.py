# RecursionError caught deep inside, then the program carries on normally.
import sys
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
depth = probe(0)
print("probe returned", depth > 500, depth < sys.getrecursionlimit())
def build(n):
    if n == 0:
        return []
    return [n] + build(n - 1)
print(len(build(500)), build(5))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
try:
    print(ackermann(2, 3))
    ackermann(4, 2)
except RecursionError as e:
    print("RecursionError:", e)
print("program continues")
