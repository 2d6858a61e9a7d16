# Every dict method, and the KeyError messages.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("b", 99), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("nope", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(w=40)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["a"] = "changed"
print(d, e)
e.clear()
print(e, len(e), bool(e))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict(), dict(a=1, b=2), dict([("k", "v"), (1, 2)]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])))
for thunk in [lambda: d["missing"], lambda: {}.popitem(), lambda: {}.pop("k"), lambda: d[("t", 1)], lambda: {1: 2}[2]]:
    try:
        thunk()
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
m = {1: "one", 2: "two"}
print(m | {3: "three"}, {0: "zero"} | m, m | {1: "uno"})
m |= {4: "four"}
m |= [(5, "five")]
print(m)
print(reversed(m).__class__.__name__, list(reversed(m)), list(reversed(m.items())), list(reversed(m.values())))
print(m == {5: "five", 4: "four", 2: "two", 1: "one"}, m != {}, {1: 2} == {1: 2.0}, {} == dict())
try:
    m < m
except TypeError as e:
    print("TypeError:", e)
print(m.__getitem__(1), m.__contains__(2), m.__len__(), dict.get(m, 9, "dflt"), {**m, 6: "six"})
