print("pkg.sub.leaf: executing, __name__ =", __name__)
from . import SUB_VALUE
from .. import helpers
from ..helpers import helper_func

def describe():
    return f"leaf sees {SUB_VALUE!r} and {helper_func('leaf')}"
