print("pkg.sub/__init__: executing")
from .. import PKG_CONSTANT
from ..helpers import helper_func as parent_helper
SUB_VALUE = "sub value using " + PKG_CONSTANT
