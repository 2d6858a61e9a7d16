# f-strings: expressions, nesting, conversions, = specifier, format specs.
x, y, name = 7, 2.5, "world"
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"hello {name}", f"{x} + {y} = {x + y}", f"{x * 2:04d}", f"{y:.3f}", f"{name!r}", f"{name!s:>8}")
print(f"{items}", f"{items[1]}", f"{d['k']}", f'{d["n"] * 2}', f"{len(items)}", f"{'nested' + '!'}")
print(f"{x=}", f"{y = }", f"{name=!s}", f"{x*2=}", f"{items[0]=:>5}", f"{d['n']=}", f"{y=:.1f}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'c':^{width}}|", f"{x:{'>' if x > 5 else '<'}{width}}|")
print(f"{{braces}}", f"{{{x}}}", f"{x!r:>{width}}", f"{'a' if x else 'b'}", f"{(lambda v: v * 3)(x)}")
print(f"{[i * i for i in range(5)]}", f"{ {k: v for k, v in d.items()} }", f"{(1, 2)}", f"{x, y}")
print(f"{'é'!a}", f"{name.upper()}", f"{name[::-1]}", f"{x:b}", f"{x:#o}", f"{255:#x}", f"{1234567:,}")
print(f"{f'{x}' * 3}", f"{f'{x + 1}'}", f"{x}{y}{name}", f"")
print(F"upper F {x}", rf"raw \n {x}", fr"{x}\t", f"line1\n{x}\tend")
print(f"{x:>{width}}", f"{x:<{width}}|", f"{-x:=+{width}}", f"{0.5:%}", f"{1e6:e}", f"{1e6:g}", f"{12:c}")
import math
print(f"{math.pi:.10f}", f"{math.pi!r}", f"{math.e:10.4}", f"{-math.pi:+.2f}")
for i in range(1, 6):
    print(f"{i:>3} {i ** 2:>4} {i ** 3:>5} {1 / i:8.4f} {'*' * i:<5}|")
class Pt:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Pt({self.a!r}, {self.b!r})"
    def __str__(self):
        return f"<{self.a}, {self.b}>"
p = Pt(1, "two")
print(f"{p}", f"{p!r}", f"{p!s}", f"{p.a + 1}", f"{p=}", f"{[p, p]}")
msg = "multi"
print(f"{msg}"
      f" part"
      f" {x}")
