# Argument-count and keyword errors of builtins, methods and constructors, worded the way
# CPython 3.11 words them for each kind of C signature (METH_O, METH_NOARGS, clinic
# positional-only, clinic with keywords, slot wrappers).
import math
calls = [
 "len()", "len(1, 2)", "len(obj=1)", "abs()", "abs(1, 2)", "repr()", "hash(1, 2)", "id()", "chr()", "ord(1, 2)",
 "iter()", "iter(1, 2, 3)", "next()", "next(1, 2, 3)", "isinstance(1)", "isinstance(1, int, 2)", "issubclass()",
 "getattr(1)", "getattr(1, 'x', 2, 3)", "setattr(1, 2)", "hasattr(1)", "delattr(1)", "divmod(1)", "pow(1)", "pow(1,2,3,4)",
 "round()", "round(1, 2, 3)", "round(number=1.5, ndigits=1, x=2)", "sorted()", "sorted([], 1)", "min()", "max()", "min(1, key=1, foo=2)", "sum()", "sum([], 1, 2)", "sum([], start=1, x=2)", "any()", "all(1, 2)",
 "print(sep=1, foo=2)", "input(1, 2)", "format()", "format(1, 2, 3)", "vars(1, 2)", "dir(1, 2)", "callable()",
 "zip(foo=1)", "map()", "map(len)", "filter()", "filter(None)", "enumerate([], 1, 2)", "range()", "range(1, 2, 3, 4)", "range(x=1)", "int(1, 2, 3)", "int(x=1)", "float(1, 2)", "float(x=1)", "str(1, 2, 3, 4)", "str(foo=1)",
 "bool(1, 2)", "bool(x=1)", "list(1, 2)", "list(x=1)", "tuple(1, 2)", "tuple(x=1)", "dict(1, 2)", "set(1, 2)", "set(x=1)", "frozenset(1, 2)",
 "bytes(1, 2, 3, 4)", "bytearray(1, 2, 3, 4)", "complex(1, 2, 3)", "slice()", "slice(1, 2, 3, 4)", "object(1)", "type(1, 2)", "type()",
 "reversed()", "reversed(1, 2)", "open()", "exec()", "eval()", "compile()", "globals(1)", "locals(1)",
 "[].append()", "[].append(1, 2)", "[].append(x=1)", "[].pop(1, 2)", "[].insert(1)", "[].index()", "[].count()", "[].sort(1)", "[].sort(foo=1)",
 "[].extend()", "[].remove()", "[].copy(1)", "[].clear(1)", "[].reverse(1)",
 "{}.get()", "{}.get(1, 2, 3)", "{}.get(k=1)", "{}.pop()", "{}.pop(1, 2, 3)", "{}.setdefault()", "{}.update(1, 2)", "{}.keys(1)", "{}.items(1)", "{}.fromkeys()", "{}.copy(1)",
 "''.split(1, 2, 3)", "''.split(foo=1)", "''.join()", "''.join(1, 2)", "''.upper(1)", "''.strip(1, 2)", "''.replace(1)", "''.replace('a', 'b', 1, 2)",
 "''.startswith()", "''.find()", "''.encode(1, 2, 3)", "''.format_map()", "''.center()", "''.zfill()", "''.count()", "''.index()", "''.splitlines(1, 2)",
 "''.partition()", "''.ljust()", "''.expandtabs(1, 2)",
 "set().add()", "set().add(1, 2)", "set().discard()", "set().union(x=1)", "set().issubset()",
 "(1,).index()", "(1,).count()", "(1,).count(1, 2)",
 "b''.decode(1, 2, 3)", "b''.hex(1, 2, 3)", "b''.split(foo=1)", "b''.join()",
 "(1).to_bytes(1, 2, 3)", "(1).bit_length(1)", "int.from_bytes()", "(1.5).is_integer(1)", "float.fromhex()",
 "math.sqrt()", "math.sqrt(1, 2)", "math.pow(1)", "math.log()", "math.log(1, 2, 3)", "math.gcd(x=1)", "math.isclose(1)", "math.floor()",
 "iter([]).__next__(1)", "(lambda: 1)(1)", "(lambda x: 1)()", "(lambda x, *, y: 1)(1)", "(lambda x, y=2: 1)(1, 2, 3)",
 "ValueError(x=1)", "object.__new__()", "int.__add__(1)", "str.join()", "str.join('a')",
 "dict.fromkeys()", "list.append([])",
]
for c in calls:
    try:
        eval(c)
        print(c, '-> ok')
    except TypeError as e:
        print(c, '->', e)
    except Exception as e:
        print(c, '->', type(e).__name__, e)
