# sys.modules manipulation and caching: re-import returns the cached module, deleting forces re-execution.
import sys
sys.path.insert(0, "../imports")
import mod_star
print(mod_star.exported, "mod_star" in sys.modules)
import mod_star as again
print(again is mod_star)
mod_star.exported = "patched"
import mod_star as third
print(third.exported)
del sys.modules["mod_star"]
import mod_star as fresh
print(fresh.exported, fresh is mod_star, mod_star.exported)
import types
fake = types.ModuleType("fake_module")
fake.answer = 42
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.answer, fake_module.__name__, type(fake_module).__name__)
from fake_module import answer
print(answer)
print(sys.path[0], type(sys.modules).__name__)
