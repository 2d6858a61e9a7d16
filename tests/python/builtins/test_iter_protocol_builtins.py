# iter() with sequences, mappings, callables with sentinels; next() defaults; enumerate/zip over iterators sharing state.
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(it))
it = iter(range(5))
print(next(it), list(enumerate(it, 10)))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(iter(d.values())), list(iter(d.items())), next(iter(d)))
chunks = iter(["x", "y", "", "z"])
print(list(iter(lambda: next(chunks), "")), next(chunks))
lines = ["first", "second", "STOP", "after"]
pos = [0]
def reader():
    v = lines[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, "STOP")), pos)
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), next(iter(Seq())))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(lambda: 0, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("abc")
print(next(e), list(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))
m = map(lambda x: x * 2, iter([1, 2, 3]))
f = filter(lambda x: x > 2, m)
print(list(f), list(m))
nested = iter([iter([1, 2]), iter([3])])
print([list(x) for x in nested])
