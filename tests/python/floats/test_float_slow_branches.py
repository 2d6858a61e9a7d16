"""+ - * and += -= *= across immediates, shared float boxes (-256.0..256.0, -0.0), other
boxed floats, infinities, NaN, bools and ints past 2**53: the slow branches of compiled
arithmetic (runtime/operators.ts cheapResult) must give exactly what the full operation gives."""
vals = [0.0, -0.0, 1.0, -1.0, 2.0, 256.0, 257.0, -256.0, -257.0, 0.5, -0.5, 3, 0, -7, 2**52, 2**53 - 1, -(2**53) + 1, 1e300, -1e300, float('inf'), float('-inf'), float('nan'), True, False, 1.5, 1e16, 2**60]
for a in vals:
    for b in vals:
        out = []
        for op in ('+', '-', '*'):
            try:
                r = eval(f"a {op} b")
                out.append(repr(r) + type(r).__name__)
            except Exception as e:
                out.append(type(e).__name__)
            x = a
            try:
                if op == '+': x += b
                elif op == '-': x -= b
                else: x *= b
                out.append(repr(x))
            except Exception as e:
                out.append(type(e).__name__)
        print(repr(a), repr(b), *out)
class F(float):
    def __mul__(self, o): return "Fmul"
    def __rmul__(self, o): return "Frmul"
print(F(2.0) * 3.0, 3.0 * F(2.0), F(2.5) * 2, 1.0 * F(1.0))
