# __len__, __bool__, __iter__/__next__, __getitem__ iteration, __contains__, __reversed__, __setitem__/__delitem__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __reversed__(self):
        return iter(self.items[::-1])
b = Bag(1, 2, 3)
print(len(b), bool(b), bool(Bag()), list(b), 2 in b, 9 in b, b[0], b[-1], b[1:], list(reversed(b)))
b[0] = 10
del b[1]
print(b.items, sorted(b), sum(b), max(b))
class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("done")
        return i * i
print(list(OldStyle()), 9 in OldStyle(), 5 in OldStyle(), [x for x in OldStyle()], iter(OldStyle()).__class__.__name__)
class CountTo:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = CountTo(3)
print(list(c), list(c), 2 in CountTo(3))
class BoolOverLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(BoolOverLen()), len(BoolOverLen()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __missing__(self, key):
        return "never used by non-dict"
g = Grid()
g[1, 2] = "#"
g[0, 0] = "@"
print("\n".join("".join(g[r, c] for c in range(4)) for r in range(3)))
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return ord(k)
print(dict(Mapping()), {**Mapping()})
class IterWithoutNext:
    def __iter__(self):
        return 5
try:
    iter(IterWithoutNext())
except TypeError as e:
    print("TypeError:", e)
