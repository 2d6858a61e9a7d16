# Class body scope: names visible in methods only via self/cls, class body executes top to bottom.
x = "global x"
class C:
    x = "class x"
    y = x + " (seen in class body)"
    def method(self):
        return x
    def method_self(self):
        return self.x
    z = [x for _ in range(1)]
print(C.y, C().method(), C().method_self(), C.z)
def make():
    v = "enclosing v"
    class Inner:
        v = "class v"
        def get(self):
            return v
        seen = v
    return Inner
I = make()
print(I().get(), I.seen)
def make2():
    w = "enclosing w"
    class Inner2:
        print("in class body:", w)
        w2 = w + "!"
    return Inner2
print(make2().w2)
print("before class")
class Loud:
    print("class body runs at definition time")
    for i in range(3):
        print("  loop in class body", i)
    del i
print("after class", hasattr(Loud, "i"))
class Counter:
    count = 0
    count += 1
    count += 1
    names = []
    for n in ["a", "b"]:
        names.append(n)
print(Counter.count, Counter.names, Counter.n)
class Ref:
    a = 1
    def f(self):
        try:
            return a
        except NameError as e:
            return f"NameError: {e}"
print(Ref().f())
class Nested:
    class Inner:
        value = 5
    ref = Inner.value * 2
print(Nested.ref, Nested.Inner.value, Nested.Inner.__qualname__)
class Conditional:
    if True:
        def f(self):
            return "first"
    else:
        def f(self):
            return "second"
print(Conditional().f())
