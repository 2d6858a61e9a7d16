print("pkg/__init__: executing, __name__ =", __name__, "__package__ =", __package__)
from . import helpers
from .helpers import helper_func
PKG_CONSTANT = "pkg constant"
__all__ = ["helper_func", "PKG_CONSTANT"]
