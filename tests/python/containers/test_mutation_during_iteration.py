# Mutating containers while iterating: lists (defined but surprising), dicts and sets (RuntimeError).
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
lst = [1, 2, 3, 4]
for i, x in enumerate(lst):
    if i == 1:
        lst.insert(0, "front")
print(lst)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    d[k] = d[k].upper()
print(d)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3, 4}
for v in list(s):
    if v > 2:
        s.discard(v)
print(s)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
it = iter(d.items())
print(next(it))
del d["b"]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [0, 1, 2, 3, 4, 5]
i = 0
while i < len(lst):
    if lst[i] % 3 == 0:
        del lst[i]
    else:
        i += 1
print(lst)
filtered = [x for x in range(10) if x % 4]
print(filtered)
