# More argument errors of builtins, worded as CPython 3.11 words them: enumerate's own
# vectorcall wording (and a subclass's generic one), super(), zip(strict=...), sorted's
# reverse, format()'s spec, bytes/str encoding arguments, pop indices, unbound __init__.


class E(enumerate):
    pass


cases = [
    "enumerate()", "enumerate(1, 2, 3)", "enumerate([], start='a')", "enumerate(x=1)", "enumerate(start=1)",
    "enumerate([], x=1)", "enumerate(iterable=[], x=1)", "enumerate(x=2, iterable=[])", "enumerate([], iterable=1)",
    "enumerate([], 1, x=2)", "enumerate([], start=1, x=3)", "enumerate(x=1, y=2)", "enumerate(start=1, x=2)",
    "enumerate([], 1.5)", "enumerate(5)", "enumerate(None)", "enumerate(iterable=1)",
    "list(enumerate(start=1, iterable='ab'))", "list(enumerate(iterable='ab', start=5))", "list(enumerate('ab', 2**70))",
    "E()", "E(x=1)", "E(1, 2, 3)", "E([], x=1)", "E([], iterable=1)", "E([], 1, start=2)", "E([], 1, x=2)",
    "list(E(start=1, iterable='xy'))", "list(E('xy', start=3))",
    "super(1, 2, 3)", "super(1)", "super(int, 1)", "super(1, 2)", "super(int, 'a')", "super(type=int)",
    "super(int, x=1)", "super(int, 1, x=2)", "super(int, int, int)", "super(1, 2, 3, 4)",
    "zip([], strict=1, x=2)", "zip(x=2, strict=1)", "zip(x=1)", "zip([], stric=True)", "zip([], x=1, y=2, z=3)",
    "zip(1)", "zip([], 2)", "list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))",
    "list(zip([1], [1], [1, 2], strict=True))", "list(zip([1, 2], [1], [1], strict=True))",
    "map()", "map(len)", "map(len, 1)", "list(map(1, [1]))", "map(len, [], x=1)", "map(func=len)",
    "filter()", "filter(None)", "filter(None, 1)", "filter(None, [], [])", "filter(function=None, iterable=[])",
    "range('a')", "range()", "range(1, 2, 3, 4)", "range(1, 'a')", "range(1, 2, 0)", "range(1.5)", "range(x=1)",
    "reversed()", "reversed(1)", "reversed([], [])", "reversed(seq=[])", "reversed({})", "reversed({1})",
    "iter()", "iter(1, 2, 3)", "iter(1)", "iter(1, 2)", "iter(x=1)",
    "next()", "next(1)", "next(iter([]), 1, 2)", "next(x=1)",
    "sorted()", "sorted(1)", "sorted([], 1)", "sorted([], key=1)", "sorted([2, 1], key=1)", "sorted([1, 'a'])",
    "sorted([], reverse='x')", "sorted([], reverse=1.5)", "sorted([], reverse=None)", "sorted([], reverse=2**100)",
    "sorted([3, 1, 2], reverse=2)", "sorted([], foo=1)", "sorted(iterable=[])", "sorted([], reverse=True, key=None, x=1)",
    "[].sort(reverse='x')", "[].sort(reverse=[])", "[2, 1].sort(key=1)",
    "min()", "min(1)", "min([])", "min([], key=1)", "min(1, 2, key=1)", "min([1], default=1, foo=2)",
    "min(1, 2, default=3)", "max(key=len)", "max([], key=len)", "max(1, 2, foo=3)", "max([1, 2], key=1)",
    "max(1, 2, 3, key=None, default=None)",
    "format(1, 2)", "format(1, None)", "format('a', b'x')", "format(1, 'd', 'x')", "format(1, format_spec='d')",
    "bytes(1, 2)", "bytes('a', 2)", "bytes('a', 'utf-8', 3)", "bytes(1, errors=2)", "bytes(1, encoding=2, errors=3)",
    "bytes(encoding=2)", "bytes(errors=2)", "bytes(1, 'utf-8')", "bytes(b'', 'utf-8')", "bytes('a')",
    "bytearray(1, 2)", "bytearray('a', 2)", "bytearray(1, errors=2)", "bytearray(1, 'utf-8')",
    "str(1, 2)", "str(b'', 2)", "str(b'', 'utf-8', 3)", "str(1, 'utf-8')", "str('a', 'utf-8')",
    "[].pop('a')", "[].pop(1.5)", "[1].pop('a')", "[].pop(None)", "[].pop(2**100)", "[1].pop(2**100)",
    "[1].pop(2**60)", "[1].pop(-5)", "[].pop()",
    "bytearray().pop('a')", "bytearray().pop(1.5)", "bytearray().pop()", "bytearray(b'a').pop(5)", "bytearray(b'a').pop(2**100)",
    "object.__init__()", "int.__init__()", "type.__init__()", "BaseException.__init__()", "list.__init__()",
    "dict.__init__()", "object.__repr__()", "str.__len__()", "dict.get()", "object.__format__()",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r) if isinstance(r, (list, int, str, bytes, type(None))) else type(r).__name__)
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
