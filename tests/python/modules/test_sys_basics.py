# sys: argv, maxsize, version_info major, recursion limit, modules, stdout/stderr objects, byteorder-free.
import sys
print(len(sys.argv), sys.argv[0].endswith("test_sys_basics.py"), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info.major, sys.version_info >= (3,))
print(sys.getrecursionlimit(), type(sys.float_info.max).__name__, sys.int_info.bits_per_digit > 0)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), hasattr(sys.stdin, "readline"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.platform in ("linux", "darwin", "win32"), type(sys.executable).__name__, isinstance(sys.byteorder, str))
print(sys.exc_info(), type(sys.getsizeof).__name__ if hasattr(sys, "getsizeof") else None)
try:
    raise KeyError("inside")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.mant_dig, sys.hash_info.width, sys.hash_info.modulus)
print(sys.intern("abc") == "abc", sys.getdefaultencoding(), sys.flags.optimize)
sys.stdout.write("written with sys.stdout.write\n")
print(sys.stdout.encoding.lower().replace("-", ""))
def f():
    return sys._getframe(0).f_code.co_name if hasattr(sys, "_getframe") else "f"
print(f())
