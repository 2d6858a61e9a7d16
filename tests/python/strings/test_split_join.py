# split, rsplit, splitlines and join.
samples = ["a,b,c", "a,,b,", ",a,b,,", "", "abc", "  hello   world  ", "one two\tthree\nfour", "x::y::z", "::"]
for s in samples:
    print(repr(s), s.split(","), s.split(), s.split("::"), s.rsplit(",", 1), s.split(",", 1), s.split(None, 1))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2), "a b c d".rsplit(maxsplit=1), "a b c d".split(maxsplit=0))
print("  a  b  ".rsplit(), "  a  b  ".rsplit(None, 1), "a-b-c".rsplit("-"), "a-b-c".rsplit("-", 0))
print("1<>2<>3".split("<>"), "aaa".split("a"), "aaa".split("aa"), "abcabc".rsplit("bc", 1))
print("\u3000x\u3000y".split(), "a\x1cb\x1dc".split(), "a\x85b".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
lines = "line1\nline2\r\nline3\rline4\n\nline6\x0bline7\x0cline8\x1cline9\u2028end"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(), "a\nb".split("\n"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(5))))
print("".join(reversed("hello")), "\n".join(["one", "two"]), ", ".join(("x",)), "ab".join("123"))
print("->".join(str(i * i) for i in range(6)), "".join({"k": 1, "j": 2}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
csv = "name,age,city\nann,31,oslo\nbob,27,rome\ncid,45,lima"
rows = [r.split(",") for r in csv.splitlines()]
print(rows)
header, *body = rows
for r in body:
    print(dict(zip(header, r)))
print(" | ".join(h.upper().center(6) for h in header))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(len(words), words.count("the"), sorted(set(words), key=words.index))
