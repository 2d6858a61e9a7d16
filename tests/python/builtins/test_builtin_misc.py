# Odds and ends of the builtins module: object(), type names, NotImplemented, Ellipsis, None, __build_class__-free.
import builtins
o = object()
print(type(o).__name__, isinstance(o, object), hasattr(o, "__dict__"), o == o, o != object())
print(type(None).__name__, None is None, repr(None), str(None), bool(None), None.__class__.__name__)
print(type(NotImplemented).__name__, type(Ellipsis).__name__, bool(Ellipsis), ... == Ellipsis)
names = ["abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "classmethod", "compile", "complex", "delattr",
         "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr",
         "globals", "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
         "locals", "map", "max", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range",
         "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
         "tuple", "type", "vars", "zip", "bytes", "bytearray", "memoryview", "aiter", "anext", "breakpoint"]
missing = [n for n in names if not hasattr(builtins, n)]
print("missing builtins:", missing)
print([n for n in names if isinstance(getattr(builtins, n), type)])
print(builtins.len("abc"), builtins.__name__, __builtins__ is builtins or isinstance(__builtins__, dict))
print(callable(id), id.__name__)
print(sorted(set(dir(builtins)) & {"True", "False", "None", "Ellipsis", "NotImplemented"}))
print(len.__module__ if hasattr(len, "__module__") else None, int.__module__, type(len).__module__ if False else "skip")
builtins.my_injected = "visible everywhere"
print(my_injected)
del builtins.my_injected
try:
    my_injected
except NameError as e:
    print("NameError:", e)
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
