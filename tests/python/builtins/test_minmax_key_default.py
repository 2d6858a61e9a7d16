# max/min with key and default over iterables, ties (first wins), generators, dict views, mixed numerics.
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(max(words), min(words), max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max([3, 1, 3.0], key=lambda x: x), min([2, 2.0, True + 1]), type(max([3, 3.0])).__name__, type(max([3.0, 3])).__name__)
print(max((x % 5 for x in range(12)), default=None), min([], default="empty"), max([], key=len, default=0))
scores = {"ann": 91, "bob": 78, "cid": 91, "dee": 65}
print(max(scores, key=scores.get), min(scores, key=scores.get), max(scores.items(), key=lambda kv: kv[1]))
print(max(scores.values()), min(scores), sorted(scores, key=scores.get, reverse=True))
print(max(1, 2, 3, key=lambda x: -x), min("b", "a", "c", key=str.upper), max(*[[1, 2], [1, 3]]))
points = [(1, 5), (3, 2), (-4, 4), (2, -6)]
print(max(points, key=lambda p: p[0] ** 2 + p[1] ** 2), min(points, key=lambda p: abs(p[0]) + abs(p[1])))
print(max("hello world", key="hello world".count), min(range(-5, 6), key=abs), max(range(10), key=lambda n: n % 4))
for args, kwargs in [((), {}), (([],), {}), ((1,), {}), (([1, "a"],), {}), ((1, 2), {"default": 0}), (([1],), {"bogus": 1})]:
    try:
        print(max(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
