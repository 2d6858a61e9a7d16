# A hand-written enum via a metaclass: members, iteration, lookup by value, immutability, comparisons.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        for key, value in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = key, value
            cls._members[key] = inst
            type.__setattr__(cls, key, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} has value {self.value}"
print(list(Color), len(Color), Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2))
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, isinstance(Color.RED, Color))
print(Color.BLUE.describe(), [c.name for c in Color], [c.value for c in Color])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def gravity(self):
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)
for p in Planet:
    print(p, round(p.gravity(), 3))
lookup = {Color.RED: "stop", Color.GREEN: "go"}
print(lookup[Color(1)], lookup.get(Color.BLUE, "unknown"))
