# enumerate, zip, map, filter, reversed, iter(callable, sentinel), next().
names = ["ann", "bob", "cid"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate(names, start=-2)), list(enumerate("")))
print(list(zip(names, [1, 2, 3, 4])), list(zip()), list(zip("ab")), list(zip(range(3), "xyz", [True] * 5)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
print(list(map(str.upper, names)), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda n: n % 3 == 0, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
data = iter([5, 6, 7, -1, 8])
print(list(iter(lambda: next(data), -1)), list(data))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z), list(z))
m = map(int, "123")
print(next(m), list(m))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i
c = Countdown(4)
print(list(c), list(reversed(c)), list(enumerate(c)), sorted(c), 2 in c, sum(c))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words, list(zip(*zip(*pairs))) == pairs)
print(dict(zip("abc", count_ := [1, 2, 3])), count_)
it = iter(range(10))
print(list(zip(it, it)))
