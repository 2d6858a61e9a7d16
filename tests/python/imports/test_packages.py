# Packages: __init__ execution, relative imports, subpackages, __name__/__package__, __all__.
import pkg
print(pkg.PKG_CONSTANT, pkg.helper_func(1), pkg.helpers.helper_func(2), pkg.__name__, pkg.__package__)
from pkg.sub import leaf
print(leaf.describe(), leaf.__name__)
import pkg.sub
print(pkg.sub.SUB_VALUE, pkg.sub.parent_helper("p"), pkg.sub.leaf is leaf)
from pkg import *
print(helper_func("star"), PKG_CONSTANT)
import sys
print(sorted(m for m in sys.modules if m == "pkg" or m.startswith("pkg.")))
print(pkg.__file__.endswith("__init__.py"), hasattr(pkg, "__path__"), leaf.__package__, pkg.sub.__package__)
import shapes
from shapes.circle import Circle
from shapes import Square
print([s(2) for s in shapes.ALL_SHAPES], Circle(1), Square(3), Circle is shapes.Circle)
from shapes.base import Shape
print(issubclass(Circle, Shape), [c.__name__ for c in Square.__mro__])
try:
    from pkg import nonexistent_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import pkg.nonexistent_submodule
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
