# del on names, list items, slices, dict keys, attributes; reuse after deletion.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)
a = "reborn"
print(a)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    cls_attr = "class"
o = Obj()
o.inst = 1
del o.inst
print(hasattr(o, "inst"), o.cls_attr)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
p, q, r = 1, 2, 3
del p, q
print(r, "p" in dir(), "q" in dir())
nested = {"a": [1, {"b": 2, "c": 3}]}
del nested["a"][1]["b"]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def local_del():
    v = [1]
    w = v
    del v
    return w, "v" in locals()
print(local_del())
x = [1, 2, 3]
(first, *rest) = x
del (first), [rest]
print("first" in dir(), "rest" in dir())
s = "immutable"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
for k in list(d):
    del d[k]
print(d)
