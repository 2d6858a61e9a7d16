# Argument unpacking at call sites and the evaluation order of arguments.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
lst = [1, 2]
tup = (3,)
d = {"x": 1, "y": 2}
print(show(*lst))
print(show(*lst, *tup, 9))
print(show(0, *lst, 5, *tup))
print(show(**d))
print(show(**d, z=3))
print(show(a=0, **d, **{"w": 4}))
print(show(*range(3), *"ab", **dict(k="v")))
print(show(*{7: "a", 8: "b"}), show(*iter([4, 5])), show(*(i * i for i in range(3))))
order = []
def note(v):
    order.append(v)
    return v
def target(a, b, c=None, *rest, d=None, **kw):
    return a, b, c, rest, d, kw
print(target(note(1), note(2), *[note(3), note(4)], d=note(5), **{"e": note(6)}))
print(order)
def kwfunc(a, b, c):
    return a * 100 + b * 10 + c
print(kwfunc(1, c=3, b=2), kwfunc(*[1], **{"c": 3, "b": 2}), kwfunc(**{"a": 9, "b": 8, "c": 7}))
class MyMap:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(show(**MyMap()), dict(MyMap()), {**MyMap()})
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*None)
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), min(*"zyx"), print(*[], sep="!"), "".join([*"abc"]))
args = ([1, 2], [3, 4])
print(list(map(lambda a, b: a + b, *args)), list(zip(*args)), [*zip(*[[1, 2, 3], [4, 5, 6]])])
