# Late binding in closures across loops, comprehensions and class bodies; fixing with defaults and factories.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make(n):
    return lambda: n
funcs = [make(k) for k in range(3)]
print([f() for f in funcs])
def counter_factory():
    fns = []
    total = 0
    for step in (1, 10, 100):
        def add(step=step):
            nonlocal total
            total += step
            return total
        fns.append(add)
    return fns
adders = counter_factory()
print([f() for f in adders], [f() for f in adders])
def outer():
    x = 1
    def read():
        return x
    x = 2
    r1 = read()
    x = 3
    return r1, read()
print(outer())
gens = [(lambda: j) for j in "ab"]
print([g() for g in gens])
handlers = {}
for name in ["open", "close"]:
    def handler(event, name=name):
        return f"{name}:{event}"
    handlers[name] = handler
print(handlers["open"]("e1"), handlers["close"]("e2"))
