# replace, partition, rpartition, translate, maketrans.
s = "one two one three one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("", "-"), "abc".replace("", "|", 2), "aaa".replace("a", "aa"), "aaa".replace("aa", "b"))
print("".replace("", "x"), "abc".replace("x", "y"), "a.b.c".replace(".", ""), "tab\there".replace("\t", "    "))
for sep in [" ", "one", "xyz", "three one"]:
    print(repr(sep), s.partition(sep), s.rpartition(sep))
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "ba", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, "c": 120})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Why did the chicken cross the road?"
enc = msg.translate(rot13)
print(enc, enc.translate(rot13) == msg)
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
key, _, value = "name = value = more".partition(" = ")
print(repr(key), repr(value))
path = "/usr/local/lib/python3.11/site.py"
head, _, tail = path.rpartition("/")
print(head, tail, tail.rpartition(".")[2], "noslash".rpartition("/"))
