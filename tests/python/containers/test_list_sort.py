# Sorting: key, reverse, stability, sorted() vs list.sort(), mixed numeric types.
data = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cid", 31, "lima"), ("dee", 25, "oslo"), ("eve", 40, "rome"),
        ("fay", 31, "rome"), ("gus", 25, "lima")]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: r[1], reverse=True))
print(sorted(data, key=lambda r: (r[2], -r[1])))
by_city = sorted(data, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1])
print(by_age_then_city)
nums = [5, -3, 2.5, 0, -7, 3, True, 10 ** 20, -0.5]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = [9, 8, 7, 1, 2, 3]
r = lst.sort()
print(r, lst)
lst.sort(key=lambda x: x % 3)
print(lst)
lst.sort(key=lambda x: x % 3, reverse=True)
print(lst)
pairs = [(1, "b"), (1, "a"), (0, "z"), (2, "a"), (0, "a")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([]), sorted("cba"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted(range(5), reverse=True))
print(sorted([[2, 1], [1, 2], [1], [2], []]), sorted([(1, 2), (1,), (0, 5, 5)]))
words = ["pear", "Fig", "apple", "fig", "Apple", "banana"]
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
    def __repr__(self):
        return f"{self.rank}{self.suit}"
cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(14, "d"), Card(2, "h")]
print(sorted(cards), max(cards), min(cards))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(set(s)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=None), sorted(["b", "A", "c"], key=str.upper, reverse=False))
