# Names in class bodies vs methods vs nested functions; class attributes referenced during class creation.
counter = 100
class A:
    counter = 1
    doubled = counter * 2
    items = [counter] * 2
    def get(self):
        return counter
    def get_cls(self):
        return self.counter
    @staticmethod
    def static_get():
        return counter
    lam = lambda self: counter
print(A.doubled, A.items, A().get(), A().get_cls(), A.static_get(), A().lam())
def factory(val):
    class Local:
        captured = val
        def method(self):
            return val
        def uses_class_attr(self):
            return Local.captured
    return Local
L1, L2 = factory("one"), factory("two")
print(L1().method(), L2().method(), L1().uses_class_attr(), L1 is not L2, L1.__qualname__)
class Outer:
    x = "outer x"
    class Inner:
        try:
            y = x
        except NameError as e:
            y = f"NameError: {e}"
print(Outer.Inner.y)
class Seq:
    start = 3
    values = list(range(start, start + 3))
    squares = {v: v * v for v in values}
print(Seq.values, Seq.squares)
class Shadow:
    len = 5
    size = len
    def method(self):
        return len("builtin len still reachable")
print(Shadow.size, Shadow().method())
