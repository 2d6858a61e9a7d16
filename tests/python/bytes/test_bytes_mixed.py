# bytes and bytearray interplay: comparisons, conversions, mixed concatenation and searching.
a = b"abc"
b = bytearray(b"abc")
print(a == b, b == a, a + b, b + a, type(a + b).__name__, type(b + a).__name__, a < bytearray(b"abd"))
print(bytes(b) is not b, bytearray(a) == a, list(a) == list(b), a.find(bytearray(b"c")), b.find(b"c"))
print(a in [b], b"b" in b, bytearray(b"b") in a, a.join([b, b]), b.join([a, a]), type(b.join([a])).__name__)
print(sorted([b"b", b"a", b"ab", b""]), max([b"x", b"xy"]), min(bytearray(b"zz"), b"zy"))
print(b"%b and %b" % (a, b), bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__)
c = bytearray()
for i in range(10):
    c += bytes([i * 25])
print(c, c.hex(), bytes(c[::-1]), sum(c), c.count(0), c.find(bytes([100])))
words = b"apple banana cherry".split()
print(words, [w.upper() for w in words], b" ".join(sorted(words, reverse=True)), [len(w) for w in words])
print(b"A" < b"a", ord(b"A"), ord(bytearray(b"z")), chr(b"a"[0]), bytes([ord("Q")]), b"a"[0] + 1)
hist = [0] * 4
for byte in b"hello world" * 3:
    hist[byte % 4] += 1
print(hist)
print(str(bytearray(b"x")), repr(bytearray()), repr(bytearray(b"'\"")))
