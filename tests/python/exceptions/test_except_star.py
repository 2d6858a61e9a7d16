# Exception groups and except* (Python 3.11).
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), eg.message, len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
try:
    raise eg
except* ValueError as group:
    print("ValueError part:", [str(e) for e in group.exceptions], type(group).__name__)
except* TypeError as group:
    print("TypeError part:", [str(e) for e in group.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [IndexError("i"), KeyError("k2")])])
    except* KeyError as g:
        print("keys:", repr(g))
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
match_v, rest = eg.split(ValueError)
print(repr(match_v), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: str(e).endswith("1"))))
try:
    raise TypeError("plain")
except* TypeError as g:
    print("plain exception wrapped:", repr(g))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException), issubclass(ExceptionGroup, BaseExceptionGroup))
def collect(tasks):
    errors = []
    results = []
    for t in tasks:
        try:
            results.append(t())
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("task failures", errors)
    return results
try:
    collect([lambda: 1, lambda: 1 / 0, lambda: int("x"), lambda: [][0]])
except* ZeroDivisionError as g:
    print("zero:", [str(e) for e in g.exceptions])
except* (ValueError, IndexError) as g:
    print("value/index:", [type(e).__name__ for e in g.exceptions])
