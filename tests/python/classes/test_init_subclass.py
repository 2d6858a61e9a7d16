# __init_subclass__ and __set_name__ hooks.
class PluginBase:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.plugins.append(cls.plugin_name)
class Alpha(PluginBase):
    pass
class Beta(PluginBase, name="the-beta"):
    pass
class Gamma(Beta):
    pass
print(PluginBase.plugins, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name, hasattr(PluginBase, "plugin_name"))
try:
    class Bad(PluginBase, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    id = Field()
    title = Field()
m = Model()
m.id = 7
m.title = "hello"
print(m.id, m.title, Model.id.name, Model.title.private, Model.id.owner_name, sorted(vars(m)))
order = []
class Tracker:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        order.append((self.label, owner.__name__, name))
class Host:
    first = Tracker("t1")
    second = Tracker("t2")
    not_tracked = 5
print(order)
late = Tracker("late")
Host.late = late
print(order, hasattr(late, "label"))
class Validator:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("check_"):
                Validator.registry[f"{cls.__name__}.{name[6:]}"] = value
class Numbers(Validator):
    def check_positive(self, x):
        return x > 0
    def check_even(self, x):
        return x % 2 == 0
class Strings(Validator):
    def check_nonempty(self, s):
        return bool(s)
print(sorted(Validator.registry))
print({k: f(None, 4) for k, f in sorted(Validator.registry.items()) if k.startswith("Numbers")})
