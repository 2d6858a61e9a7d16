# sorted(): stability, key functions, reverse with ties, sorting tuples, dicts, custom objects.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[0], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted([3, 1, 2], reverse=True), sorted([], reverse=True), sorted([1]), sorted((5, 4)), sorted("zyx"))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.values()), sorted({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 2, -1, 0, 1], key=lambda x: (abs(x), x)))
print(sorted(["Banana", "apple", "Cherry"]), sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(sorted([[3, "c"], [1, "a"], [2, "b"]], key=lambda p: p[1], reverse=True))
print(sorted([0.5, -1, 2, True, False]), sorted([1.0, 1, True]), [type(x).__name__ for x in sorted([1.0, 1, True])])
keys_seen = []
def key(x):
    keys_seen.append(x)
    return -x
print(sorted([3, 1, 2], key=key), keys_seen)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
data = [(i * 37) % 101 for i in range(60)]
print(sorted(data)[:15], sorted(data, reverse=True)[:5])
print(sorted(range(20), key=lambda n: (n % 3, -n)))
