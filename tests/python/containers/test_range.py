# range objects: len, index, count, slicing, reversed, repr, equality, membership.
rs = [range(10), range(2, 20, 3), range(10, 0, -2), range(5, 5), range(0), range(-5, 5), range(0, -10, -3), range(1, 2, 10)]
for r in rs:
    print(repr(r), len(r), list(r), bool(r), list(reversed(r)), r[:2], r[::-1], r[1:-1])
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12), 15 in r, 16 in r, 3.0 in r)
print(r[1:3], r[::2], r[-3:], r[::-2], r[100:], list(r[::-2]), r[1::3] == range(7, 30, 12))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 7))
print(hash(range(0, 3)) == hash(range(0, 3, 1)), range(10) != range(11), range(3) == [0, 1, 2])
try:
    r.index(12)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.0)
except TypeError as e:
    print("TypeError:", e)
huge = range(0, 10 ** 18, 3)
print(len(huge), huge[-1], 10 ** 17 + 1 in huge, huge.index(99999999999999999), huge[10 ** 16])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 64)[-1], range(2 ** 64).stop, sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
print(list(range(10))[range(2, 5)[1]], [i for i in range(20) if i in range(5, 15, 4)])
print(str(range(1, 4)), range(4, 1, -1), range(-1, -4, -1)[1])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
