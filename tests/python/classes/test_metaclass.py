# Metaclasses: __new__ and __init__ on the metaclass, __call__, class registries, type() as a metaclass.
registry = {}
class RegisterMeta(type):
    def __new__(mcls, name, bases, ns):
        ns["registered_name"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        registry[name] = cls
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialized = True
class Plugin(metaclass=RegisterMeta):
    pass
class AudioPlugin(Plugin):
    pass
class VideoPlugin(Plugin):
    kind = "video"
print(sorted(registry), AudioPlugin.registered_name, VideoPlugin.initialized, type(AudioPlugin).__name__)
print(isinstance(Plugin, RegisterMeta), isinstance(Plugin, type), type(RegisterMeta).__name__)
class CountingMeta(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = cls.instances
        return obj
class Widget(metaclass=CountingMeta):
    def __init__(self, name):
        self.name = name
ws = [Widget(n) for n in "abc"]
print([(w.name, w.serial) for w in ws], Widget.instances)
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self, value):
        self.value = value
print(Config(1).value, Config(2).value, Config(1) is Config(3))
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shouty(metaclass=UpperAttrs):
    greeting = "hi"
    def talk(self):
        return "talking"
print(Shouty.GREETING, Shouty().TALK(), hasattr(Shouty, "greeting"))
class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {sorted(k for k in cls.__dict__ if not k.startswith('__'))}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta):
    a = 1
    b = 2
print(Thing.describe(), Thing.upper_name, hasattr(Thing(), "describe"))
class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class Opt(metaclass=KwMeta, debug=True, level=3):
    pass
print(Opt.options)
Dyn = RegisterMeta("Dyn", (Plugin,), {"x": 1})
print(Dyn.x, Dyn.registered_name, "Dyn" in registry, [c.__name__ for c in Dyn.__mro__])
print(type(type), type(int), type(Meta), isinstance(type, type), issubclass(Meta, type))
