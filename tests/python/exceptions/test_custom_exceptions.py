# Custom exception classes: args, str/repr, extra attributes, hierarchies, overriding __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, where="db"):
        super().__init__(f"{what} not found in {where}")
        self.what = what
        self.where = where
class WithCode(AppError):
    def __init__(self, code, *args):
        super().__init__(*args)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
for exc in [AppError(), AppError("one"), AppError("one", 2), NotFound("user"), NotFound("file", "disk"),
            WithCode(404, "missing"), WithCode(500), NoSuper(1, 2), ValueError(), ValueError(""), ValueError(None),
            KeyError("k"), KeyError("k", "j"), KeyError(), IndexError(3), Exception([1, 2]), OSError(2, "No such file")]:
    print(type(exc).__name__, "| str:", str(exc), "| repr:", repr(exc), "| args:", exc.args)
try:
    raise NotFound("order 7")
except AppError as e:
    print("caught as AppError:", e, e.what, e.where, isinstance(e, NotFound))
e = AppError("x")
e.args = ("changed", 1)
print(e, e.args)
class Rich(Exception):
    def __init__(self, message, **details):
        super().__init__(message)
        self.details = details
    def __repr__(self):
        return f"Rich({self.args[0]!r}, {self.details})"
r = Rich("bad input", field="age", value=-1)
print(r, repr(r), r.details, [r])
def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, got {type(age).__name__}")
    if age < 0:
        raise WithCode(422, f"age {age} is negative")
    return age
for value in [5, -1, "x"]:
    try:
        print("valid", validate(value))
    except (TypeError, WithCode) as e:
        print(type(e).__name__, e)
class CantInstantiate(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.created_by_new = True
        return obj
c = CantInstantiate("n")
print(c, c.created_by_new, c.args)
try:
    raise AppError
except AppError as e:
    print("raised class, got instance:", repr(e), type(e).__name__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    class NotExc:
        pass
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
os_err = OSError(13, "Permission denied", "secret.txt")
print(os_err.errno, os_err.strerror, os_err.filename, str(os_err), type(os_err).__name__)
print(type(OSError(2, "x")).__name__, type(FileNotFoundError()).__name__)
