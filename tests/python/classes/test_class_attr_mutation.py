# Class attributes vs instance attributes: shadowing, mutation of shared mutable attributes, class-level counters.
class Config:
    defaults = {"color": "red"}
    tags = []
    level = 1
a, b = Config(), Config()
a.level = 5
print(a.level, b.level, Config.level, "level" in vars(a), "level" in vars(b))
a.tags.append("shared!")
print(b.tags, Config.tags)
b.tags = ["own"]
print(a.tags, b.tags, Config.tags)
a.defaults["color"] = "blue"
print(b.defaults, Config.defaults)
Config.level = 10
print(a.level, b.level)
del a.level
print(a.level)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.total_at_creation = Counter.total
c1, c2, c3 = Counter(), Counter(), Counter()
print(Counter.total, c1.total_at_creation, c3.total_at_creation, c1.total)
class Wrong:
    count = 0
    def __init__(self):
        self.count += 1
w1, w2 = Wrong(), Wrong()
print(Wrong.count, w1.count, w2.count)
class Base:
    items = []
    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
class Child(Base):
    pass
Base.add(1)
Child.add(2)
print(Base.items, Child.items, "items" in vars(Child))
Config.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"))
def method(self):
    return f"dynamic method on {type(self).__name__}"
Config.dyn = method
print(a.dyn(), Config.dyn(b))
a.dyn = lambda: "instance-level function"
print(a.dyn(), b.dyn())
