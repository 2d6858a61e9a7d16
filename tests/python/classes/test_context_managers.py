# __enter__/__exit__: return values, exception suppression, nesting, multiple managers.
class Tag:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}> exc={exc_type.__name__ if exc_type else None} {exc!r}" if exc else f"</{self.name}>")
        return self.suppress
with Tag("a") as v:
    print("inside", v)
with Tag("outer"), Tag("inner") as inner:
    print("both", inner)
with Tag("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Tag("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
try:
    with Tag("x", suppress=True), Tag("y"):
        raise RuntimeError("inner raise")
    print("outer suppressed it")
except RuntimeError:
    print("not reached")
def early():
    with Tag("fn"):
        return "returned"
print(early())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
        return False
with Resource() as r1, Resource() as r2:
    print("open", Resource.opened, r1 is not r2)
print("open after", Resource.opened)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitSeesTraceback:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("tb is None:", tb is None, "type:", t)
        return True
with ExitSeesTraceback():
    pass
with ExitSeesTraceback():
    1 / 0
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ZeroDivisionError:
            raise ArithmeticError("translated") from v
try:
    with Reraise():
        1 / 0
except ArithmeticError as e:
    print("ArithmeticError:", e, "cause:", repr(e.__cause__), "context:", repr(e.__context__))
with (Tag("paren1") as p1,
      Tag("paren2") as p2):
    print(p1, p2)
