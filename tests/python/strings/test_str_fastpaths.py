# The heap-side fast paths of str methods, int()/float() of text and str(): edge cases.

class S(str):
    pass

samples = ["", " ", "a", "  North ", "\t\nx y\x0b\x0c\r", "\u3000wide\u2003", "ok ", "north-east",
           "2024-03-05", "--a--b--", "é-è", "\U0001f600 smile \U0001f600", S("  sub  "), "a\x85", "\x1c\x1fz\x1e"]

for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("-")),
          repr(s.strip(" a-")), repr(s.lower()), repr(s.upper()), type(s.strip()).__name__)
    print(repr(s.replace("-", "_")), repr(s.replace("-", "")), repr(s.replace("--", "+", 1)),
          repr(s.replace("", "|")), repr(s.replace("a", "AAA", 2)), repr(s.replace("-", "_", 0)))
    print(s.split(), s.split(None, 1), s.split("-"), s.split("-", 1), s.split("--"), s.split(" ", 0))
    print(s.startswith("-"), s.endswith("-"), s.startswith(("x", "  ")), s.endswith(("e", "")),
          s.find("-"), s.find("-", 2), s.find("-", -3, -1), s.find(""), s.find("", 100), "-" in s, "" in s)
    if s:
        print(repr(s[0]), repr(s[-1]), repr(s[1:3]), repr(s[:]), repr(s[::2]), repr(s[-2:]))
    print(len(s), hash(s) == hash(str(s)), s == str(s), s < "m", s >= "a")

# identity where CPython returns the receiver itself
t = "plain"
print(t.strip() is t, t.replace("x", "y") is t, t[:] is t, str(t) is t, "".join([t]) is t,
      t.lstrip() is t, t.split("-")[0] is t)

print("-".join([]), "-".join(["a"]), "-".join(["a", "b", S("c")]), "".join("xyz"), ", ".join(["\U0001f600", "b"]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".split(""), lambda: "a".split(1),
            lambda: "a".strip(1), lambda: "abc"[3], lambda: "abc"[-4], lambda: 1 in "a"]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

for text in ["0", "-0", "+5", " 12 ", "1_000", "007", "0_0", "123456789012345", "1234567890123456",
             "99999999999999999999", "\u0661\u0662", "\u3000 42\u2003", "1__0", "_1", "1_", "12a", "", " ", "-", "+-1", "0x10"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)
for text in ["1.", ".5", "-0.0", "-0", "1e5", "1E-5", "1e", "inf", "-Infinity", "nan", "1_0.5", "  3.14  ", "0.1",
             "123.45", "9007199254740993", "1e22", "1e23", "123456789012345.6", "1.7976931348623157e308",
             "4.9e-324", "0.000001", "1e-22", "12345e-30", ".", "", "1.2.3", "e5", "+.5e+2", "00000000000000000001.5",
             "1.00000000000000000000001"]:
    try:
        print(repr(text), repr(float(text)))
    except ValueError as e:
        print(repr(text), "ValueError", e)

print(str(0), str(-17), str(2 ** 60), str(1.5), str(True), str(None), str(S("x")), type(str(S("x"))).__name__,
      str(b"ab"), str(), str(b"ab", "ascii"))
print(int(S("12")), float(S("1.5")), int(True), float(2), int(3.9), int(), float())

class I(int):
    pass
print(int(I(5)), type(int(I(5))).__name__, str(I(5)), float(I(2)))
for ch in "aé\U0001f600z":
    print(repr(ch), end=" ")
print()
a = "a"
print(list("héllo"), [c for c in "ab"][0] == a)
words = ["b", "a", "", "ab", "abc", "\U0001f600", "\uffff", "\ue000", "é", "Z", "a\x00", "\ud7ff"]
print(sorted(words))
for x in words:
    print([(x < y, x <= y, x > y, x >= y) for y in words].count((True, True, False, False)), end=" ")
print()
print(sorted([("b", 1), ("a", 2), ("a", 1)]), max(words), min(words))
