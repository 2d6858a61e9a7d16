# Single inheritance: overriding, super(), isinstance/issubclass, attribute resolution.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return Animal.speak(self).upper()
for a in [Animal("generic"), Dog("rex"), Puppy("bit", "ball"), Cat("tom")]:
    print(a.speak(), a.describe(), isinstance(a, Animal), isinstance(a, Dog), type(a).__mro__[1].__name__)
print(issubclass(Puppy, Dog), issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Dog, Dog), issubclass(Cat, object))
print(isinstance(Puppy("p", "t"), (Cat, Dog)), issubclass(Puppy, (int, Animal)), isinstance(3, (str, (float, int))))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__, Dog.__subclasses__())
p = Puppy("max", "rope")
print(p.toy, p.name, p.sound, vars(p))
class Base:
    def template(self):
        return f"[{self.step1()}-{self.step2()}]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Base().template(), Derived().template())
class A:
    x = "A.x"
    def who(self):
        return "A"
class B(A):
    pass
class C(B):
    x = "C.x"
print(C().x, B().x, C().who(), C.who is A.who, "x" in vars(B), "x" in vars(C))
A.who = lambda self: "patched A"
print(C().who())
class Int(int):
    def double(self):
        return Int(self * 2)
i = Int(21)
print(i, i.double(), i + 1, type(i + 1).__name__, type(i.double()).__name__, isinstance(i, int))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml[:2]).__name__, type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return f"missing:{key}"
md = MyDict(a=1)
print(md["a"], md["b"], md.get("b"), md)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("ab") + "c", type(MyStr("ab") + "c").__name__, len(MyStr("xyz")))
