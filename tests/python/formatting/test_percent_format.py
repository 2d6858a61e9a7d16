# printf-style % formatting: all conversions, flags, width, precision, * and mappings.
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%08.3f" % 3.14159, "%-8.2f|" % 2.5)
print("%e %E %.2e %10.3E" % (12345.678, 0.00012, 1e100, -5.5), "%g %G %g %g %g" % (0.0001, 1e-5, 123456789, 1e16, 100.0))
print("%s %r %a" % ("str", "str", "é"), "%s" % [1, "a"], "%r" % ((1, "b"),), "%s" % None)
print("%c%c%c" % (72, "i", 33), "%%", "100%% sure" % (), "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 10, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 31})
print("%(x)05.1f %(y)+d" % {"x": 3.14159, "y": 7})
print("%d" % 3.99, "%x" % 3 if True else 0, "%s" % 3.0, "%d" % True, "%f" % 1, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%.3s" % "abcdef", "%10.4f" % -1.23456789, "%-10s|" % "left", "%+.2e" % 12345, "% 5.1f" % 2.25)
print("%i%%" % 50, "%s and %s" % ("a", "b"), "%s" % (("tuple",),), "%s" % "single")
print("%5%|" % () if False else "skip", "%#.3g" % 1.0, "%#x" % 0, "%#o" % 0, "%.0e" % 12345)
print("%d %d" % (-0, 2 ** 70), "%x" % -255, "%o" % -8, "%.10d" % 42, "%+.3d" % 7)
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%5.1f|%-7.2f|" % (float("inf"), float("nan")))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1114112),
                  ("%c", "ab"), ("%(a)s %s", {"a": 1}), ("%*d", ("x", 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__ + ":", e)
print(b"%d %s %x %c" % (5, b"bytes", 255, 65), b"%5s|%-5b|" % (b"ab", b"cd"), b"%r" % "x" if False else b"%a" % "é")
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
for name, n, price in table:
    print("%-8s %3d x %5.2f = %6.2f" % (name, n, price, n * price))
