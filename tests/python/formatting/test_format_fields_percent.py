# str.format fields (attributes, items, conversions, __format__) and % formatting details.
class P:
    def __str__(self): return "P-str"
    def __repr__(self): return "P-repr"
    def __format__(self, spec): return "P[" + spec + "]"
p = P()
print("%s %r %a" % (p, p, "é"), "%d %i %u" % (3.7, -2.5, True), "%#x %#X %#o" % (-255, 255, -8), "%5.1e|%-8.3g|%G" % (12345.6789, 0.00012345, 1e-10))
print("%s" % {"a": 1}, "%(a)s %(a)r" % {"a": "v"}, "%3c|%-3c|" % ("x", 66), "%.0f %.1f %.2f" % (0.5, 0.25, 2.675), "%10.4f|" % 3.14159265, "% 05d|%+05d" % (42, 42))
print("{} {!s} {!r} {:>10}".format(p, p, p, p), f"{p}", f"{p!r:>8}", f"{p:abc}", format(p, "xyz"))
for a in [("%d", "3"), ("%c", "ab"), ("%x", 3.5), ("%*d", ("a", 1)), ("%.*f", (2,)), ("%s %(a)s", {"a": 1})]:
    try: print(repr(a[0] % a[1]))
    except Exception as e: print(type(e).__name__, e)
print("{0!a}".format("ü"), "{:^10.3}|".format("abcdef"), "{:<5}|{:>5}|{:^5}|".format(1, 2, 3), "{:=+8}".format(5), "{:_b}".format(255), "{:e}".format(0.0))
print("{0.imag} {0.real}".format(3), "{0[0][1]}".format([[1, 2]]), "{a[x]}".format(a={"x": 9}), "{0[-1]}".format({"-1": "neg"}))
import math
print("{:.3f} {:g} {:%} {:.1%}".format(math.pi, 1e20, 0.5, 0.123), "{:,.2f}".format(1234567.891), "{:x<8}".format("ab"), "{:08}".format(-3), "{:#010b}".format(5))
print("%-10s|" % "left", "%10s|" % "right", "%.3s|" % "truncate", "%(x)05.1f" % {"x": 3.14159}, "%s%%" % 50)
print("a{}b{}c".format(*"XY"), "{x}{y}".format(**{"x": 1, "y": 2}), "{0}{0}{1}".format(*[7, 8]), str.format("{}", 1))
