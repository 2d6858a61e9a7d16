# getattr, setattr, hasattr, delattr, vars on user objects and modules.
class Config:
    defaults = {"debug": False}
    def __init__(self):
        self.name = "app"
c = Config()
print(getattr(c, "name"), getattr(c, "defaults"), getattr(c, "missing", "fallback"), getattr(Config, "defaults") is c.defaults)
setattr(c, "version", 3)
setattr(c, "name", "renamed")
print(vars(c), c.version)
delattr(c, "version")
print(vars(c), hasattr(c, "version"))
for name in ["name", "defaults", "__init__", "__class__", "nope"]:
    print(name, hasattr(c, name))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print("TypeError:", e)
fields = ["alpha", "beta", "gamma"]
obj = Config()
for i, f in enumerate(fields):
    setattr(obj, f, i * 10)
print([getattr(obj, f) for f in fields], sorted(vars(obj)))
import math
print(getattr(math, "pi"), getattr(math, "sqrt")(16), hasattr(math, "tau"), getattr(math, "nothing", None))
class Dispatcher:
    def do_add(self, a, b):
        return a + b
    def do_mul(self, a, b):
        return a * b
    def dispatch(self, cmd, *args):
        handler = getattr(self, "do_" + cmd, None)
        if handler is None:
            return f"unknown command {cmd!r}"
        return handler(*args)
d = Dispatcher()
print(d.dispatch("add", 2, 3), d.dispatch("mul", 4, 5), d.dispatch("pow", 1, 2))
setattr(Dispatcher, "do_sub", lambda self, a, b: a - b)
print(d.dispatch("sub", 10, 4))
delattr(Dispatcher, "do_sub")
print(d.dispatch("sub", 10, 4))
print(getattr([], "append").__name__, getattr("x", "join")(["a", "b"]), getattr(int, "from_bytes")(b"\x01\x00", "big"))
