# Classes: class and instance attributes, methods, __init__, attribute lookup order.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("rex")
d2 = Dog("fido", 5)
print(d1.name, d1.age, d2.name, d2.age, d1.species, Dog.count, d1.speak(), Dog.speak(d2))
print(d1.birthday().birthday().age, d2.age)
d1.species = "wolf"
print(d1.species, d2.species, Dog.species)
del d1.species
print(d1.species)
Dog.species = "canis lupus"
print(d1.species, d2.species)
print(sorted(vars(d1)), d1.__dict__, type(d1).__name__, d1.__class__ is Dog, isinstance(d1, Dog))
d1.tricks = ["sit"]
print(d1.__dict__)
print(hasattr(d1, "tricks"), hasattr(d2, "tricks"), getattr(d2, "tricks", None))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__, Empty.__bases__[0].__name__, Empty.__module__, type(Empty).__name__)
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Dog.nope
except AttributeError as err:
    print("AttributeError:", err)
try:
    Dog()
except TypeError as err:
    print("TypeError:", err)
try:
    d1.speak(1)
except TypeError as err:
    print("TypeError:", err)
class Counter:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
c1, c2 = Counter(), Counter()
print(c1.add(1), c1.add(2), c2.add(3), c1.items, c2.items)
bound = c1.add
print(bound(9), c1.items, bound.__self__ is c1, Counter.add is Counter.add, bound == c1.add)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(s1.items, s2.items, Shared.items is s1.items)
class WithDoc:
    """Class docstring."""
    attr = 1
print(WithDoc.__doc__, Empty.__doc__, sorted(k for k in vars(WithDoc) if not k.startswith("__")))
