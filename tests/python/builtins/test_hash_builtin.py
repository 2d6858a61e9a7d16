# hash() of deterministic values: ints, floats, tuples, bools, None-free; equal values hash equal.
for v in [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30)]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -2.25, 1e10, 1e300, 0.1, 3.14159, float("inf"), float("-inf"), 2.0 ** 70]:
    print(v, hash(v))
for v in [(), (1,), (1, 2), (2, 1), ((1, 2), 3), (1.5, -1), (True, False), (0, 0.0), (10 ** 20,), tuple(range(10))]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(frozenset()), hash(frozenset([1])) == hash(frozenset([1])), hash(range(3)) == hash(range(0, 3)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(5) == hash(5.0), hash(-1) == hash(-2))
class H:
    def __hash__(self):
        return 7
print(hash(H()), hash((H(), H())) == hash((7, 7)) or "tuple hash uses item hashes")
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
