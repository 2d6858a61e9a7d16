# compare: stderr
# "Did you mean: 'x'?" after AttributeError and NameError (CPython 3.11's suggestions): the
# candidates, the distance limit, exact types only, and the 750-name cap. sys.excepthook
# (the default, called here by hand) prints what an uncaught exception would.
import math
import sys


def show(thunk):
    try:
        thunk()
    except BaseException as x:
        sys.excepthook(type(x), x, x.__traceback__)


class A:
    def method(self):
        pass

    def other_method(self):
        pass


class MyAE(AttributeError):
    pass


show(lambda: A().methd)
show(lambda: A().Method)
show(lambda: A().other_metod)
show(lambda: A().completely_different)
show(lambda: math.sqr)
show(lambda: (1).bit_lenght())
show(lambda: "abc".uper())
show(lambda: [].apend)
show(lambda: {}.iems)
show(lambda: A.methood)
show(lambda: A().a_very_long_attribute_name_beyond_forty_bytes_x)


def raise_sub():
    raise MyAE("boom", name="methd", obj=A())


show(raise_sub)
show(lambda: (_ for _ in ()).throw(AttributeError("plain", name="methd", obj=A())))

Big = type("Big", (), {f"attr{i}": i for i in range(800)})
show(lambda: Big().attr1x)
Small = type("Small", (), {f"attr{i}": i for i in range(20)})
show(lambda: Small().attr1x)


def local_typo():
    value = 1
    return valeu


xyz_global = 1


def global_typo():
    return xyz_globl


def builtin_typo():
    return lenn("abc")


def enclosing():
    outer_name = 1

    def inner():
        return outer_nam
    return inner()


def unbound():
    if False:
        wanted = 1
    return wanted


show(local_typo)
show(global_typo)
show(builtin_typo)
show(lambda: pritn("x"))
show(enclosing)
show(unbound)
show(lambda: exec("naem", {"name": 1}))
show(lambda: eval("Tru"))
ünïcode_name = 1
show(lambda: ünïcode_nam)
show(lambda: sys.excepthook("not an exception", 1, None))
print("done")
