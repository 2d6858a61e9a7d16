# float() construction from strings and numbers.
for s in ["1", "1.5", "-1.5", "  2.25  ", "1e3", "1E-3", "+.5", "5.", "inf", "-inf", "Infinity", "-INFINITY",
          "nan", "NaN", "-nan", "1_000.000_1", "0x10" if False else "16", "1e400", "-1e-400", "007.5",
          "\t3.0\n", "123456789012345678901234567890", "0.1e1", ".1E+2"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.5.5", "1e", "e5", "--1", "1_", "_1", "1__0", "0x10", "in f", "1 2", "nanx"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(0), float(-5), float(True), float(2 ** 100), float(b"2.5"))
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"), float.fromhex("inf"))
for v in [1.0, 0.5, 3.0, 0.1, -2.5, 1e300, 5e-324, 0.0, -0.0, 1 / 3]:
    print(v, v.hex(), float.fromhex(v.hex()) == v)
