# Insertion order, deletion and reinsertion, updates that keep position, popitem LIFO.
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 99
print(list(d.items()))
del d["delta"]
d["delta"] = 0
print(list(d.items()))
d.pop("charlie")
d["echo"] = 5
d["charlie"] = 7
print(list(d))
print(d.popitem(), d.popitem(), list(d))
n = {}
for i in range(20):
    n[i * 7 % 20] = i
print(list(n.keys()))
for i in range(0, 20, 3):
    del n[i]
print(list(n.keys()))
for i in range(0, 20, 3):
    n[i] = -i
print(list(n.items()))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:10], list(big)[-5:])
for i in range(0, 1000, 4):
    big[i] = 0
print(len(big), list(big)[:10], list(big)[-5:])
m = dict.fromkeys([3, 1, 2])
m.update({1: "x", 4: "y"})
print(m, list(m.values()))
x = {"b": 1, "a": 2}
y = {"a": 2, "b": 1}
print(x == y, list(x) == list(y), list(x | y), list(y | x))
s = {}
s.setdefault("z", 1)
s.setdefault("a", 2)
s.setdefault("z", 3)
print(s)
copy = dict(s)
copy["m"] = 0
print(list(copy), list(s))
it = iter({1: 1, 2: 2})
print(next(it), next(it))
