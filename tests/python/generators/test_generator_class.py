# Generators as methods and __iter__ implementations; generator objects stored and resumed later.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def preorder_depth(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.preorder_depth(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), max(t), list(t.leaves()))
for depth, value in t.preorder_depth():
    print("  " * depth + str(value))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), list(c), [x * y for x in c for y in Countdown(2)])
class Pipeline:
    def __init__(self, data):
        self.data = data
        self.stages = []
    def map(self, fn):
        self.stages.append(("map", fn))
        return self
    def filter(self, fn):
        self.stages.append(("filter", fn))
        return self
    def __iter__(self):
        it = iter(self.data)
        for kind, fn in self.stages:
            if kind == "map":
                it = (fn(x) for x in it) if True else None
            else:
                it = filter(fn, it)
        return it
p = Pipeline(range(20)).filter(lambda x: x % 3 == 0).map(lambda x: x * x).filter(lambda x: x % 2 == 0)
print(list(p), list(p))
class Tasks:
    def __init__(self):
        self.gens = []
    def spawn(self, name, n):
        def task():
            for i in range(n):
                yield f"{name}:{i}"
        self.gens.append(task())
    def run(self):
        out = []
        while self.gens:
            g = self.gens.pop(0)
            try:
                out.append(next(g))
                self.gens.append(g)
            except StopIteration:
                pass
        return out
ts = Tasks()
ts.spawn("a", 3)
ts.spawn("b", 1)
ts.spawn("c", 2)
print(ts.run())
