# repr, ascii, str and format builtins over many kinds of values.
values = [0, -5, 1.5, -0.0, 1e100, float("nan"), True, None, "s", "it's", 'q"', "é\n", b"b\x00", bytearray(b"ba"),
          [1, "a"], (1,), (), {"k": (1, 2)}, {1, 2}, frozenset({3}), set(), frozenset(), range(2, 9, 3), slice(1, 2),
          2 + 3j, -1j, complex(0, 0), Ellipsis, NotImplemented, int, str, type(None)]
for v in values:
    print(repr(v), "|", ascii(v), "|", str(v), "|", format(v))
print(repr(repr("x")), ascii("日本😀"), ascii(["é"]), ascii({"ü": "ß"}))
print(format(3), format(3, ""), format("x", "^5"), format(3.5, "e"), format(255, "#06x"))
print(str(1 + 2j), repr(1.5 + 0j), complex(1, -0.0), (1 + 2j) * (3 - 1j), abs(3 + 4j), (2j) ** 2, (1 + 1j).conjugate())
print(complex("1+2j"), complex("-3.5j"), complex(2), (1 + 2j).real, (1 + 2j).imag, 1j == complex(0, 1))
