# find, rfind, index, rindex, count, startswith, endswith, in.
s = "hello world, hello python, hello again"
for sub in ["hello", "o", "xyz", "", "again", "h", "lo w"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.find(sub, 5), s.rfind(sub, 0, 20),
          s.find(sub, -10), s.count(sub, 10, 30))
print(s.index("world"), s.rindex("hello"), s.index("o", 5, 10))
for args in [("zzz",), ("hello", 30), ("o", 0, 4)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print("aaaa".count("aa"), "aaaa".count("a"), "".count(""), "abc".count(""), "abc".find("", 10), "abc".find("", 3))
print("abc".startswith("ab"), "abc".startswith(""), "abc".startswith("abcd"), "abc".startswith(("x", "a")),
      "abc".startswith("b", 1), "abc".startswith("c", -1), "abc".startswith(("c", "b"), 1, 2))
print("abc".endswith("bc"), "abc".endswith(("a", "c")), "abc".endswith("ab", 0, 2), "abc".endswith("", 5),
      "abc".endswith(()), "x.tar.gz".endswith((".gz", ".zip")))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("" in "abc", "abc" in "abc", "abcd" in "abc", "b" not in "abc")
text = "the rain in spain stays mainly in the plain"
pos = []
i = text.find("ain")
while i != -1:
    pos.append(i)
    i = text.find("ain", i + 1)
print(pos, text.count("ain"), [text.rfind("ain", 0, p + 3) for p in pos])
print("ü".find("ü"), "naïve café".find("café"), "日本語テキスト".find("テ"), "日本語".index("語"))
