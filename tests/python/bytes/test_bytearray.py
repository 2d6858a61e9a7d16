# bytearray: mutation methods, slice assignment, in-place ops.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([33, 63])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"xyzzy"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[0]
del ba[:3]
del ba[::3]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
print(ba)
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba), bool(ba))
c = bytearray(5)
print(c, bytearray(b"abc") == b"abc", bytearray([1, 2]) + b"\x03", bytearray(b"ab") * 3, bytearray("é", "utf-8"))
d = bytearray(b"abcdef")
print(d.find(b"cd"), d.count(b"a"), d.upper(), d.replace(b"c", b"C"), d.split(b"c"), d.hex(), bytearray.fromhex("0a0b"))
d2 = d.copy()
d2[0] = 0
print(d, d2, d[2:4], type(d[2:4]).__name__, type(d[0]).__name__, d.decode())
for bad in [256, -1]:
    try:
        d[0] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    d[0] = b"x"
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"").pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.remove(122)
except ValueError as e:
    print("ValueError:", e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError:", e)
e = bytearray(b"xyz")
e[1:2] = []
print(e)
e[len(e):] = b"end"
print(e, e.startswith(b"xz"), bytes(e), list(e))
e[0:0] = [1, 2, 3]
print(e, e.index(3), e.rstrip(b"d"), e.lstrip(b"\x01"))
