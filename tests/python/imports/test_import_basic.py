# Importing a sibling module: execution once, attribute access, from-import, aliasing, module identity.
print("main: before import")
import mod_a
print("main: after first import")
import mod_a
import mod_a as alias
print("main: after repeated imports", alias is mod_a)
from mod_a import greet, VALUE, Thing
print(VALUE, greet("main"), Thing(), mod_a.VALUE, mod_a.__name__, type(mod_a).__name__)
print(mod_a.bump(), mod_a.bump(), mod_a.counter, alias.counter)
VALUE = 0
print(mod_a.VALUE, VALUE)
mod_a.VALUE = 100
from mod_a import VALUE
print(VALUE)
import mod_b
print(mod_b.DOUBLE, mod_b.call_a(), mod_b.mod_a is mod_a)
import sys
print("mod_a" in sys.modules, sys.modules["mod_a"] is mod_a, __name__)
print(mod_a.__doc__, sorted(k for k in vars(mod_a) if not k.startswith("__")))
print(mod_a.__file__.endswith("mod_a.py"), hasattr(mod_a, "__spec__"))
from mod_a import _private
print(_private)
try:
    from mod_a import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import does_not_exist_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
