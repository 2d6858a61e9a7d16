# A complete Fraction value class: normalisation, arithmetic with ints, comparisons, hashing, conversions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n=0, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac(o) / self
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d) if abs(self.n) < 2 ** 53 else (abs(self.n) // self.d) * (1 if self.n >= 0 else -1)
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, -a, abs(b), a ** 3, b ** -2, 1 + a, 1 - a, 2 * a, 1 / a)
print(a == Frac(2, 6), a != b, b < a, a <= a, Frac(4, 2) == 2, 2 == Frac(4, 2), sorted([a, b, Frac(0), Frac(5, 7)]))
print(float(a), int(Frac(-7, 2)), bool(Frac(0, 5)), hash(Frac(6, 3)) == hash(2), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
harmonic = sum((Frac(1, k) for k in range(1, 21)), Frac(0))
print(harmonic, float(harmonic))
e_approx = Frac(0)
term = Frac(1)
for k in range(1, 20):
    e_approx += term
    term = term / k
print(e_approx, float(e_approx))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
