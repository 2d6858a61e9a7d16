# str.format: positional, named, attribute and index fields, nested specs, conversions.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7), "{0[0]} {0[1]} {1[k]}".format(["p", "q"], {"k": "v"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
        self.inner = self
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print("{0.x} {0.y[1]} {0.inner.x} {p.y[0]}".format(p, p=p), "{!r} {!s} {}".format(p, p, p))
print("{:>10}|{:<10}|{:^10}|{:*^10}|{:=+8}".format("r", "l", "c", "s", 42))
print("{0:{1}}|{0:>{1}}|{0:{2}{3}{1}}|".format("ab", 6, "-", "^"))
print("{:.{}f} {:{w}.{p}e}".format(3.14159, 2, 1234.5, w=12, p=3))
print("{!r:>10} {!a}".format("q", "é"), "{0!r:^9}".format(1.5))
print("{{literal}} {{{0}}}".format(5), "{:}".format(7), "{}".format([1, {2: 3}]))
print("{0[2]}{0[1]}{0[0]}".format("abc"), "{d[a b]}".format(d={"a b": 1}) if False else "skip", "{0[-1]}".format({"-1": "k"}))
data = {"x": 1, "y": 2}
print("{x}+{y}".format(**data), "{x}".format_map(data), "{0}{x}".format(9, **data))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
for fmt, args, kw in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}),
                      ("{0[5]}", ([1],), {}), ("{", (), {}), ("}", (), {}), ("{:d}", ("s",), {}), ("{!x}", (1,), {}),
                      ("{:q}", (1,), {}), ("{0:>{1}}", ("a", "b"), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("{:,} {:_} {:,.2f} {:_x} {:08,}".format(1234567, 1234567, 1234567.891, 0xFFFFFF, 1234))
print("{:%} {:.1%} {:.0%}".format(0.25, 0.3333, 1), "{:c}{:c}".format(80, 121))
print("{0:b} {0:#b} {0:o} {0:#o} {0:x} {0:#X} {0:n}".format(2023))
