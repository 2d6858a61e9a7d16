# Argument errors of calls to Python functions, methods and lambdas, and of * / ** unpacking.
def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /, b, *, c): pass
def f4(*args, k): pass
def f5(a, b, c, d): pass
def f6(a, *, b=1, c): pass
def f7(**kw): pass
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
calls = ["f0(1)", "f0(x=1)", "f1()", "f1(1, 2)", "f1(b=1)", "f1(1, a=2)", "f2()", "f2(1, 2, 3)", "f2(1, 2, b=3)",
 "f3(1, 2)", "f3(a=1, b=2, c=3)", "f3(1, b=2)", "f3()", "f4(1)", "f4(k=1, j=2)", "f5(1)", "f5(1, 2)", "f5()", "f6(1)", "f6(1, 2)",
 "f7(1)", "C().m()", "C().m(1, 2)", "C.m(1)", "C.cm()", "C.sm()", "C().m(x=1, y=2)", "(lambda: 0)(1)", "(lambda *a, b: 0)(1)",
 "f1(*[1, 2])", "f1(**{'a': 1, 'b': 2})", "f1(1, **{'a': 2})", "f2(*[1], **{'a': 1})", "f1(**{1: 2})", "f1(*1)", "f1(**1)",
 "print(*1)", "len(*[1, 2])"]
for c in calls:
    try:
        eval(c)
        print(c, 'ok')
    except TypeError as e:
        print(c, '->', e)
