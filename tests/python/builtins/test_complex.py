# The complex type: literals, arithmetic, repr, attributes, comparisons, errors.
a = 3 + 4j
b = complex(1, -2)
print(a, b, a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag, type(a).__name__)
print(a == complex(3, 4), a != b, a == 3 + 4j, 1 + 0j == 1, (1 + 0j) == 1.0, hash(1 + 0j) == hash(1))
print(a ** 2, a ** 0, 1j ** 2, (1 + 1j) ** 3, 2 ** (1j * 0), pow(a, 2))
print(complex(), complex(2), complex(2.5), complex("3+4j"), complex("-1.5-2.5j"), complex("j"), complex(" 7j "))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(1e20j), repr(complex(1, float("inf"))))
print(str(complex(float("nan"), 1)), 1j * 1j, (1 + 2j) * 2, 2 * (1 + 2j), (4 + 2j) / 2, 1 / 1j)
for bad in [lambda: a < b, lambda: complex("1+"), lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: 1 / 0j]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1j, 2, 3.5]), [c.real for c in [1j, 2 + 0j]], sorted([3 + 1j, 1 + 5j], key=abs))
print(format(1 + 2j), format(1.5 + 2.25j, ".1f"), f"{3 - 4j:>12}", f"{complex(1, 1):e}")
print(isinstance(1j, complex), isinstance(1, complex), complex.__name__, (2 + 3j).__class__ is complex)
roots = []
for k in range(4):
    z = 1
    for _ in range(k):
        z *= 1j
    roots.append(z)
print(roots)
