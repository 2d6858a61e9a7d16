# List and tuple comparisons, equality, membership, identity-based contains.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0])
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, "a") < (1, "b"), (1, 2) <= (1, 2), (3,) >= (2, 9), () == ())
print([[1, 2], [3]] == [[1, 2], [3]], [[1], [2]] < [[1], [3]], [1, [2, [3]]] == [1, [2, [3]]])
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1], [2]], (1, 2) in [(1, 2)], "a" in ["abc"], None in [0, False])
print([1, 2].count(1.0), [True, 1, 1.0].count(1), [0, False, 0.0].index(False))
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() in [1], [AlwaysEq()] == [5], [1].index(AlwaysEq()) if False else [5].count(AlwaysEq()))
class Loud:
    calls = 0
    def __eq__(self, other):
        Loud.calls += 1
        return False
x = Loud()
print(x in [x, x], Loud.calls, [x] == [x], Loud.calls)
print(max([3, 1], [2, 9]), min([(1, "z"), (1, "a")]), sorted([[1, 2], [1], [0, 9]]))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
print([1, 2] == (1, 2), [] == (), [1] != (1,), (1, 2) < (1, 2, "x"), [1, "a"] == [1, "a"])
