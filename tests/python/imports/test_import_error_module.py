# An exception during import propagates to the importer; the module is not left in sys.modules.
import sys
try:
    import mod_raises
except ValueError as e:
    print("ValueError:", e)
print("mod_raises" in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print("second attempt runs the module again:", e)
def lazy():
    import mod_a
    return mod_a.greet("lazy")
print("before lazy import")
print(lazy())
print(lazy())
import importlib
m = importlib.import_module("mod_star")
print(m.exported, importlib.import_module("pkg.helpers").helper_func(5))
