# Function attributes: __name__, __qualname__, __doc__, __defaults__, __module__, __dict__.
def plain(a, b=1, *, c=2):
    """Docstring of plain.

    More lines."""
    return a
print(plain.__name__, plain.__qualname__, repr(plain.__doc__), plain.__defaults__, plain.__kwdefaults__, plain.__module__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), nodoc.__defaults__, nodoc.__kwdefaults__)
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def stat():
        pass
    @classmethod
    def cls(cls):
        pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
print(Outer.stat.__qualname__, Outer.cls.__qualname__, Outer.cls.__name__, Outer.__name__, Outer.Inner.__name__)
def factory():
    def made():
        pass
    return made
print(factory().__qualname__, factory().__name__)
plain.custom = 42
plain.tags = ["x"]
print(plain.custom, sorted(plain.__dict__), getattr(plain, "missing", "none"))
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
plain.__doc__ = "new doc"
print(plain.__doc__)
try:
    plain.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(callable(plain), callable(5), type(plain).__name__, type(len).__name__, type(Outer().method).__name__)
m = Outer().method
print(m.__name__, m.__func__ is Outer.method, m.__self__.__class__.__name__)
def annotated(x: int, y: "str" = "d") -> bool:
    pass
print(annotated.__annotations__)
print(len.__name__, len.__qualname__, abs.__doc__.splitlines()[0], print.__name__)
print(str.upper.__name__, str.upper.__qualname__, [].append.__name__, [].append.__qualname__)
def gen():
    yield 1
print(gen.__name__, gen().__name__, gen().__qualname__, type(gen()).__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
