# abs, divmod, pow, round, sum, min, max, bin, oct, hex, chr, ord on many inputs.
for v in [0, -0, 5, -5, 2.5, -2.5, -0.0, True, False, 10 ** 20, -(10 ** 20), float("-inf")]:
    print(repr(v), abs(v), type(abs(v)).__name__)
for a, b in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-7.5, 2), (True, 2), (10 ** 20, 7)]:
    print(a, b, divmod(a, b))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=3))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"])
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 2]), max("abc"), min("b", "a", "c"), max([1, 5, 3], key=lambda x: -x))
print(min([], default="empty"), max((), default=None), min([2], default=0), max([1, 2], [1, 3]), min((1, "b"), (1, "a")))
print(max([("a", 3), ("b", 1)], key=lambda p: p[1]), min({"x": 5, "y": 2}, key={"x": 5, "y": 2}.get))
print(max(3, 3.0), max(3.0, 3), min(0, -0.0), min(-0.0, 0), max([1, 1], key=lambda x: 0))
for fn, args in [(max, ()), (min, ([],)), (max, (1,)), (min, ([1], [2], 3))]:
    try:
        print(fn(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
for n in [0, 1, 7, -7, 255, 256, -256, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n))
for c in ["a", "A", "0", " ", "\n", "é", "€", "😀", "\x00"]:
    print(repr(c), ord(c), chr(ord(c)) == c, hex(ord(c)))
print(chr(65), chr(0x263A), chr(128512), repr(chr(0)), repr(chr(127)), ascii(chr(233)))
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"a"), ord(bytearray(b"z")))
