# Abstract-base-like classes without abc: template methods, required overrides checked in __init_subclass__, mixins.
class Plugin:
    required = ("run", "name")
    def __init_subclass__(cls, abstract=False, **kw):
        super().__init_subclass__(**kw)
        if abstract:
            return
        missing = [m for m in cls.required if m not in dir(cls) or getattr(cls, m) is None]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")
    name = None
    run = None
    def execute(self, data):
        return f"[{self.name}] " + self.run(data)
class Upper(Plugin):
    name = "upper"
    def run(self, data):
        return data.upper()
class Reverse(Plugin):
    name = "reverse"
    def run(self, data):
        return data[::-1]
class Base2(Plugin, abstract=True):
    def helper(self):
        return "helper"
try:
    class Broken(Plugin):
        name = "broken"
except TypeError as e:
    print("TypeError:", e)
try:
    class Broken2(Base2):
        def run(self, data):
            return data
except TypeError as e:
    print("TypeError:", e)
for p in [Upper(), Reverse()]:
    print(p.execute("Hello"))
class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in vars(self).items():
            parts.append(f'"{k}": ' + (f'"{v}"' if isinstance(v, str) else str(v).lower() if isinstance(v, bool) else str(v)))
        return "{" + ", ".join(parts) + "}"
class CompareMixin:
    def _key(self):
        return tuple(vars(self).values())
    def __eq__(self, o):
        return self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
class Item(JsonMixin, CompareMixin):
    def __init__(self, name, qty, active=True):
        self.name, self.qty, self.active = name, qty, active
    def __repr__(self):
        return f"Item({self.name})"
items = [Item("b", 2), Item("a", 5, False), Item("a", 1)]
print([i.to_json() for i in items])
print(sorted(items), Item("x", 1) == Item("x", 1), [c.__name__ for c in Item.__mro__])
