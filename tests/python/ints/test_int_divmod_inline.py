"""% and // across ints (int32 and past it), floats, bools, zero and negative divisors: the inline int32 path
(codegen int32DivMod) must agree with the runtime everywhere."""
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**53, 10**20, -10**20, 1.5, -1.5, 0.0, -0.0, True, False]
for a in vals:
    for b in vals:
        out = []
        for op in ('%', '//'):
            try:
                r = eval(f"a {op} b")
                out.append(repr(r) + type(r).__name__)
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
        print(repr(a), repr(b), *out)
s = "%s-%d" % ("x", 5)
print(s, "%05.1f" % 3.14159)
class M:
    def __mod__(self, o): return ("mod", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
print(M() % 3, 7 // M())
total = 0
for i in range(-50, 50):
    total += i % 7 + i // 7 + (i * 13) % 5 - (i * 13) // 5
print(total)
