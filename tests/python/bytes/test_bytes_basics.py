# bytes literals, indexing (ints), slicing, iteration, repr.
b = b"hello\x00\xff\n\t'\"\\"
print(b, repr(b), len(b), b[0], b[-1], b[5], type(b[0]).__name__, b[1:4], b[::-1], b[::3])
print(list(b"abc"), tuple(b"\x01\x02"), [x for x in b"hi"], sum(b"\x01\x02\x03"), max(b"az"), b"x" * 3)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes("é", "utf-8"))
print(b"a" + b"b", b"ab" < b"ac", b"ab" < b"abc", b"b" > b"a" * 10, b"a" == b"a", b"a" == "a", b"" == bytes())
print(b"ell" in b"hello", 101 in b"hello", 256 in b"x" if False else 0 in b"\x00", b"" in b"x")
try:
    256 in b"x"
except ValueError as e:
    print("ValueError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(repr(bytes(range(0, 256, 7))))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\r\n\x0b\x0c\x7f\x80"))
print(str(b"x"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"".hex())
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc".__len__(), bytes.__name__, isinstance(b"", bytes))
for i, byte in enumerate(b"AZaz09"):
    print(i, byte, chr(byte), hex(byte), bin(byte))
