# all, any, bool, callable, isinstance, issubclass, hasattr.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]), all("abc"), any(""), all([[]]), any([[0]]))
def noisy(v):
    print("  checking", v)
    return v
print(all(noisy(v) for v in [1, 1, 0, 1]))
print(any(noisy(v) for v in [0, 0, 5, 0]))
print(all(x > 0 for x in range(1, 10)), any(x > 8 for x in range(9)), all(map(str.isdigit, "123")))
class F:
    def __call__(self):
        pass
class G:
    pass
g = G()
g.__call__ = lambda: 1
print(callable(len), callable(F), callable(F()), callable(G()), callable(g), callable(lambda: 0), callable("s"), callable(None))
print(callable(print), callable(str.upper), callable("".upper), callable(type), callable(object()))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("", (list, (tuple, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object), isinstance(object, type), isinstance([], object))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type), issubclass(list, list))
print(isinstance(3, ()), issubclass(int, ()))
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str) and obj.startswith("x")
    def __subclasscheck__(cls, sub):
        return sub is int
class Special(metaclass=Meta):
    pass
print(isinstance("xyz", Special), isinstance("abc", Special), issubclass(int, Special), issubclass(str, Special))
print(hasattr("s", "upper"), hasattr("s", "nope"), hasattr(1, "real"), hasattr(None, "__class__"), hasattr(G, "__call__"))
class Raises:
    @property
    def bad(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print(bool(), bool(0), bool(1), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1e-300), bool(0j))
print(bool(float("nan")), bool(range(0)), bool(range(1, 2)), bool(object()), bool(G), bool(print))
print(type(bool(1)).__name__, bool("False"), bool(bool), int(bool(5)), bool.__name__)
