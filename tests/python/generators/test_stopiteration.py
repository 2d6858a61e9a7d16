# StopIteration semantics: PEP 479 turns StopIteration inside generators into RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leak")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def next_inside():
    it = iter([])
    yield next(it)
try:
    list(next_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Manual()), [x for x in Manual()], sum(Manual()))
m = Manual()
for v in m:
    pass
print(v, next(m, "exhausted"))
def returns_value():
    yield "x"
    return {"result": 1}
it = returns_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise StopIteration(5)
except StopIteration as e:
    print("plain StopIteration", e.value)
print(list(map(lambda x: x, iter([]))), next(iter(()), "dflt"))
def gen_with_try():
    try:
        yield 1
    except StopIteration:
        print("never")
    yield 2
print(list(gen_with_try()))
e = StopIteration()
print(e.value, StopIteration(1, 2).value, repr(StopIteration("v")))
