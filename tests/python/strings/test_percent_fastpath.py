# str % args: the compiled-format fast path and its fallbacks to the full engine.
cases = [
    ("sku-%04d", 37), ("%d.%02d", (5, 7)), ("%s", "abc"), ("%s", 12), ("%s|%s", ("a", -3)),
    ("%5s|%-5s|", ("ab", "cd")), ("%.2s", "abcdef"), ("%05d", -42), ("%-6d|", 42), ("%.3d", 7), ("%08.3d", -7),
    ("%d%%", 50), ("%f", 1.5), ("%.2f", 0.125), ("%.2f", 2.675), ("%10.3f|", -3.14159), ("%-10.1f|", 2.25),
    ("%e", 12345.678), ("%.3e", -0.0001234), ("%g", 1e-5), ("%g", 123456789.0), ("%.3g", 0.0001234),
    ("%f", float("nan")), ("%05f", float("-inf")), ("%f", -0.0), ("%d", 2 ** 60), ("%d", -(2 ** 70)), ("%f", 3),
    ("%s", 1.5), ("%s", None), ("%s", [1, 2]), ("%d", True), ("%d", 3.7), ("%s", {"a": 1}), ("%r", "x"),
    ("abc", ()), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", "x"), ("%(a)s", {"a": 5}), ("%*d", (5, 3)),
    ("%c", 65), ("%x", 255), ("%s", "\U0001f600x"), ("%.1s", "\U0001f600x"), ("%5s", "é"), ("%z", 1), ("%", 1),
    ("%s", ()), ("%s", ((1, 2),)), ("%i|%u", (3, 4)), ("%+d", 5), ("% d", 5), ("%#x", 255), ("%ld", 5),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

class S(str):
    def __rmod__(self, other):
        return "rmod!"
print("%s" % S("x"), "x" % S("y"))
class T(str):
    pass
print(repr(T("%s-%d") % ("a", 1)), type(T("%s") % "a").__name__)
print("%s and %s" % ("a", "b"), "%d items" % 3, "%.1f%%" % 99.5)
