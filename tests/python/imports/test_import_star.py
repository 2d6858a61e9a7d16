# from module import * honours __all__; without __all__ it skips underscore names.
from mod_star import *
print(exported, also_exported())
try:
    not_exported
except NameError as e:
    print("NameError:", e)
import mod_star
print(mod_star.not_exported, mod_star.__all__)
from mod_a import *
print(VALUE, greet("star"))
try:
    _private
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in dir() if not k.startswith("__")))
