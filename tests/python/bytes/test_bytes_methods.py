# bytes methods mirror str methods.
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" he"), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b","), b.rsplit(None, 1), b.split(b"l", 2), b"a,b,,c".split(b","), b"x\ny\r\nz".splitlines())
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"World"), b.count(b"l"), b.count(ord("o")), b.find(104), b.startswith(b"  H"))
print(b.endswith((b"x", b"  ")), b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.partition(b","), b.rpartition(b"l"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b"ab".center(8, b"*"), b"ab".ljust(5, b"."), b"ab".rjust(5))
print(b"42".zfill(6), b"a\tb".expandtabs(4), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"Ab".istitle())
print(b"ABC".isupper(), b"abc".islower(), b"abc".isascii(), b"\x80".isascii(), b"hello".removeprefix(b"he"), b"x.py".removesuffix(b".py"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"), len(t))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(b"hello world".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"%s-%d" % (b"x", 5), b"abc" * 2, b"ab" + bytes([99]), bytes(reversed(b"abc")), sorted(b"banana"))
print(b"  x  ".strip() == b"x", b"a b".split(b" ", 1), b"abc"[1:2] == b"b", b"abc"[1] == 98)
print(b"mississippi".count(b"ss"), b"mississippi".split(b"ss"), b"mississippi".find(b"ss", 3))
