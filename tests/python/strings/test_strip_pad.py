# strip family, padding and alignment helpers.
for s in ["  hi  ", "\t\n hi \r\n", "xxhixx", "", "   ", "hi"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(" x")))
print("www.example.com".strip("cmowz."), "abcba".strip("ab"), "abcba".lstrip("ba"), "abcba".rstrip("ab"))
print("mississippi".strip("ips"), "  \u00a0nbsp\u00a0 ".strip(), "\u2003em\u2003".strip())
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "file.py".removesuffix(".py"),
      "file.py".removesuffix(".txt"), "aaa".removeprefix("a"), "".removesuffix(""))
for w in [0, 3, 7, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w, "*")),
          repr("ab".center(w, "-")), repr("abc".zfill(w)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "42".zfill(1), "".zfill(3), "-".zfill(3), "abc".zfill(6))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tcd\te".expandtabs(3), "\t".expandtabs(0), "x\ty".expandtabs(1))
print(repr("12345\t6\n\tx".expandtabs(4)), repr("a\r\tb".expandtabs(4)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
for name, price, qty in table:
    print(name.ljust(10, ".") + str(price).rjust(8) + str(qty).center(7, "|"))
