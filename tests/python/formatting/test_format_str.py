# format() mini-language for strings and other objects; __format__ hooks.
for sp in ["", "s", "10", "<10", ">10", "^10", "*^11", "-<6", ".3", "10.2", "^9.4", "0>5", "_<8"]:
    print(repr(sp), "[" + format("hello", sp) + "]", "[" + format("", sp) + "]", "[" + format("日本語", sp) + "]")
for sp in ["d", "+", ",", "=10", "#"]:
    try:
        print(format("x", sp))
    except ValueError as e:
        print(repr(sp), "ValueError:", e)
print(format(None), format([1, 2]), format((1,), ""), format({"a": 1}))
try:
    format([1, 2], ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
m = Money(12345)
print(format(m), format(m, "cents"), format(m, ">12,.1f"), f"{m}", f"{m:cents}", "{:.3f}".format(m), "{0:}".format(m))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in "CF" else "C"
        rest = spec[:-1] if spec[-1:] in "CF" else spec
        value = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(value, rest or ".1f") + unit
t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t:.3F}", f"{t:>8.0C}", "{:F}".format(t))
