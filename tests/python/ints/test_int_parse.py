# int() parsing with bases and literal forms.
print(int("42"), int("-42"), int("  +17  "), int("0"), int("-0"), int("007"))
print(int("1_000_000"), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o777", 8), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("helloworld", 36))
for base in [2, 3, 5, 8, 10, 12, 16, 20, 36]:
    print(base, int("101", base), int("11", base))
print(int("0", 0), int("00", 0), int("1_0", 0), int("0x_1f", 0))
print(0x1F, 0o17, 0b1011, 1_000, 0xdead_beef, 0B11, 0O7, 0XaB)
print(int(3.99), int(-3.99), int(True), int(False), int(1e20), int(-0.5))
print(int(" \t\n12\n"), int("٣"))  # Arabic-indic digit three
print(int("123456789012345678901234567890"))
print(int("-" + "f" * 40, 16))
bad = ["", " ", "x", "1.5", "1e3", "0x", "12a", "1__0", "_1", "1_", "--1", "0b2", "08", "+-3", "1 2"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, b in [("12", 2), ("g", 16), ("0x10", 10), ("08", 0), ("z", 35)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", base=10.0)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 9
class HasTrunc:
    def __trunc__(self):
        return 11
print(int(HasInt()), int(HasIndex()), int("11", base=HasIndex()))
print(int(x=1) if False else int(), int(b"42"), int(bytearray(b"-3")))
