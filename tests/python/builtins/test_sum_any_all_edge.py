# sum/any/all on many iterables: generators, strings, floats, start values, bool results, empties.
print(sum([]), sum([], 10), sum(range(101)), sum([0.1] * 3), sum([1, 2.5, 3]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x * x for x in range(10)), sum({1: "a", 2: "b"}))
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], start=1))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([[1]], start=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(iter([0, 0, 1])), all(x < 5 for x in range(5)))
print(any("abc"), all(""), any([[]]), all([()]), any({0: 1}), all({1: 0}), any(range(0)), all(range(1, 3)))
print(type(any([1])).__name__, any([1, 2]) is True, all([]) is True, [any(r) for r in [[0], [0, 1], []]])
def gen():
    for i in range(10):
        print("  produced", i)
        yield i
print(any(x > 2 for x in gen()))
print(all(x < 1 for x in gen()))
