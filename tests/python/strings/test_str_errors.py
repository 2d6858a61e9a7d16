# Errors raised by string operations, with their exact messages.
cases = [
    ("'abc'[3]", lambda: "abc"[3]),
    ("'abc'.index('d')", lambda: "abc".index("d")),
    ("'abc'.rindex('d')", lambda: "abc".rindex("d")),
    ("'a' + 1", lambda: "a" + 1),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("'a' < 1", lambda: "a" < 1),
    ("'abc'.split('')", lambda: "abc".split("")),
    ("'x'.center('5')", lambda: "x".center("5")),
    ("'x'.zfill(None)", lambda: "x".zfill(None)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("'{}'.format()", lambda: "{}".format()),
    ("'{0}{}'.format(1, 2)", lambda: "{0}{}".format(1, 2)),
    ("'a'.join([1])", lambda: "a".join([1])),
    ("str.upper(5)", lambda: str.upper(5)),
    ("'abc'.startswith(1)", lambda: "abc".startswith(1)),
    ("'abc'.replace(1, 2)", lambda: "abc".replace(1, 2)),
    ("'abc'.encode('bogus')", lambda: "abc".encode("bogus")),
    ("'é'.encode('ascii')", lambda: "é".encode("ascii")),
    ("ord('')", lambda: ord("")),
    ("chr('a')", lambda: chr("a")),
    ("int('')", lambda: int("")),
    ("'abc'.count()", lambda: "abc".count()),
    ("'s'.strip(1)", lambda: "s".strip(1)),
    ("'a b'.split(maxsplit='1')", lambda: "a b".split(maxsplit="1")),
    ("str(b'x', 'bogus')", lambda: str(b"x", "bogus")),
    ("'abc'.partition(None)", lambda: "abc".partition(None)),
    ("'x' in 5", lambda: "x" in 5),
    ("5 in 'x'", lambda: 5 in "x"),
    ("'abc'.removeprefix(1)", lambda: "abc".removeprefix(1)),
    ("'{:>}'.format(object)", lambda: "{:d}".format("s")),
]
for label, fn in cases:
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
