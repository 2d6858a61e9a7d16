# Direct __dict__ manipulation, attribute order, copying objects by hand, __class__ checks, object equality by state.
class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Obj({inner})"
o = Obj(b=2, a=1)
o.c = 3
print(o, list(o.__dict__), o.a, getattr(o, "b"))
o.__dict__["d"] = 4
del o.__dict__["a"]
print(o, hasattr(o, "a"), o.d)
clone = Obj.__new__(Obj)
clone.__dict__.update(o.__dict__)
print(clone, clone == o, clone is o)
clone.c = 30
print(o.c, clone.c, clone == o)
o.__dict__ = {"fresh": True}
print(o, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
class WithClassAttr:
    shared = "class level"
w = WithClassAttr()
print(w.__dict__, "shared" in w.__dict__, w.shared)
w.__dict__["shared"] = "instance level"
print(w.shared, WithClassAttr.shared)
def snapshot(obj):
    return dict(sorted(vars(obj).items()))
p = Obj(x=1, y=[1, 2])
snap = snapshot(p)
p.y.append(3)
p.x = 99
print(snap, snapshot(p))
print(Obj(a=1) == Obj(a=1), Obj(a=1) == Obj(a=2), Obj() == Obj(), Obj(a=1) == {"a": 1})
