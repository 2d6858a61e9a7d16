# __getattr__, __getattribute__, __setattr__, __delattr__.
class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError(f"no attribute {name!r} here")
        return f"synthesized {name}"
f = Fallback()
print(f.real, f.anything, getattr(f, "other"), hasattr(f, "bad_one"), getattr(f, "bad_x", "default"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(f"get {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
    def method(self):
        return "m"
lg = Logged()
lg.x = 1
lg.y = lg.x + 1
lg.method()
del lg.x
try:
    lg.x
except AttributeError as e:
    print("AttributeError:", e)
print(lg.log)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
fr = Frozen(a=1, b=2)
print(fr.a, fr.b)
for action in [lambda: setattr(fr, "a", 5), lambda: delattr(fr, "b")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_calls", 0)
    def __getattr__(self, name):
        object.__setattr__(self, "_calls", self._calls + 1)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
lst = [3, 1, 2]
px = Proxy(lst)
px.sort()
px.append(0)
print(lst, px._calls, px.count(0), px._calls)
class Ns:
    pass
ns = Ns()
px2 = Proxy(ns)
px2.color = "red"
print(ns.color, px2.color)
class Chain:
    def __init__(self, path=()):
        self._path = path
    def __getattr__(self, name):
        return Chain(self._path + (name,))
    def __repr__(self):
        return "/" + "/".join(self._path)
print(Chain().api.v1.users.list, Chain())
class AttrErrorInProperty:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"__getattr__ caught {name}"
print(AttrErrorInProperty().broken)
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"), hasattr(None, "x"))
try:
    getattr(object(), "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(Ns(), "nope")
except AttributeError as e:
    print("AttributeError:", e)
setattr(ns, "dynamic attr with spaces", 1)
print(getattr(ns, "dynamic attr with spaces"), sorted(vars(ns)))
