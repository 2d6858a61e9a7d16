# slice objects: attributes, indices(), use with custom __getitem__, equality.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None, 5), slice(1, None, -1))
for sl in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(100, -100, -3), slice(-1, -20, -4), slice(0, 0)]:
    for n in [0, 5, 10]:
        print(sl, n, sl.indices(n), list(range(*sl.indices(n))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2, 3) < slice(1, 2, 4))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("index", key)
q = Seq()
print(q[1], q[-1], q[1:2], q[::3], q[:], q[1:2, 3], q[..., 0], q[::], q["k"], q[1:2:None])
print(Ellipsis, ..., ... is Ellipsis, repr(Ellipsis), type(...).__name__)
lst = list(range(20))
evens = slice(0, None, 2)
last5 = slice(-5, None)
print(lst[evens], lst[last5], "abcdefgh"[evens], tuple(range(9))[last5], range(30)[evens][last5])
try:
    hash(slice(1, 2))
    print("hashable slice")
except TypeError as e:
    print("TypeError:", e)
