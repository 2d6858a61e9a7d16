# Iterator classes: separate iterable and iterator, re-iterability, iterator exhaustion, __iter__ returning self.
class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        return Range2DIterator(self)
    def __len__(self):
        return self.rows * self.cols
class Range2DIterator:
    def __init__(self, source):
        self.source, self.i = source, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.source):
            raise StopIteration
        r, c = divmod(self.i, self.source.cols)
        self.i += 1
        return r, c
grid = Range2D(2, 3)
print(list(grid), list(grid), len(grid))
it = iter(grid)
print(next(it), next(it), list(it), list(it), next(it, "exhausted"))
class Cycle:
    def __init__(self, items, limit):
        self.items, self.limit = items, limit
    def __iter__(self):
        count = 0
        while count < self.limit:
            yield self.items[count % len(self.items)]
            count += 1
print(list(Cycle("abc", 7)), "".join(Cycle("xy", 5)))
class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.buffer:
            return self.buffer.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buffer:
            try:
                self.buffer.append(next(self.it))
            except StopIteration:
                return default
        return self.buffer[-1]
p = Peekable([1, 2, 3])
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("none left"))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
    def __reversed__(self):
        return reversed(list(self))
    def __contains__(self, x):
        print("  custom __contains__ for", x)
        return x in list(self)
f = Fib(100)
print(list(f), list(reversed(f)), 21 in f, 22 in f, sum(f), max(f))
print(list(zip(Fib(10), Range2D(1, 10))), dict(zip("abc", Fib(10))))
