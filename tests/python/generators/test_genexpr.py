# Generator expressions: laziness, single pass, scoping of the first iterable.
calls = []
def src(n):
    for i in range(n):
        calls.append(i)
        yield i
ge = (x * 2 for x in src(5))
print(calls)
print(next(ge), calls)
print(list(ge), calls)
print(list(ge))
ge2 = (x for x in [1, 2, 3])
print(3 in ge2, list(ge2))
ge3 = (x for x in range(10))
print(2 in ge3, 5 in ge3, next(ge3), 1 in ge3)
try:
    (1 / 0 for x in range(3))
    print("creation does not evaluate body")
except ZeroDivisionError:
    print("unexpected")
try:
    (x for x in 1 / 0)
except ZeroDivisionError:
    print("first iterable evaluated eagerly")
seq = [1, 2, 3]
ge4 = (x for x in seq)
seq = [9, 9]
print(list(ge4))
ge5 = (x + y for x in range(3) for y in range(x))
print(list(ge5))
print(sum(x * x for x in range(100) if x % 7 == 0), list(zip((a for a in "abc"), (b for b in range(5)))))
print(sorted((w for w in "the quick brown fox".split()), key=len), dict((k, len(k)) for k in ["a", "bb"]))
big = (i for i in range(10 ** 9))
print(next(big), next(big), next(big))
g = (i for i in range(3))
print(type(g).__name__, iter(g) is g)
nested = ((i, j) for i in range(3) for j in (k * 10 for k in range(i)))
print(list(nested))
total = 0
for v in (n for n in range(1, 6)):
    total += v
print(total)
print(all(x > 0 for x in [1, 2, -1, 4]), any(x > 3 for x in [1, 2]), min((len(s) for s in ["abc", "d"]), default=0))
