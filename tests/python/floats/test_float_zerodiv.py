# ZeroDivisionError messages for every kind of division.
cases = [
    ("1 / 0", lambda: 1 / 0), ("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0),
    ("1 // 0", lambda: 1 // 0), ("1.0 // 0", lambda: 1.0 // 0), ("1 // 0.0", lambda: 1 // 0.0),
    ("1 % 0", lambda: 1 % 0), ("1.0 % 0", lambda: 1.0 % 0), ("1 % 0.0", lambda: 1 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)), ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1), ("0.0 ** -1", lambda: 0.0 ** -1), ("pow(0, -2)", lambda: pow(0, -2)),
    ("True / False", lambda: True / False), ("2**100 / 0", lambda: 2 ** 100 / 0),
    ("2**100 % 0", lambda: 2 ** 100 % 0), ("0.0 / 0.0", lambda: 0.0 / 0.0),
]
for label, f in cases:
    try:
        print(label, "=", f())
    except ZeroDivisionError as e:
        print(label, "raised", type(e).__name__, "|", e, "|", e.args, isinstance(e, ArithmeticError))
import math
for label, f in [("fmod", lambda: math.fmod(1, 0)), ("remainder", lambda: math.remainder(1, 0)),
                 ("log(0)", lambda: math.log(0))]:
    try:
        print(label, f())
    except (ValueError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError),
      issubclass(FloatingPointError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
