# Multiple inheritance and C3 linearization, including failures.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello(), [c.__name__ for c in Child.mro()])
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print("TypeError:", e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class S(object, X): pass
except TypeError as e:
    print("TypeError:", e)
class T(X, object): pass
print([c.__name__ for c in T.__mro__])
class Mixin:
    def describe(self):
        return f"{self.__class__.__name__} with {self.extra()}"
    def extra(self):
        return "mixin"
class Thing:
    def extra(self):
        return "thing"
class MT(Mixin, Thing): pass
class TM(Thing, Mixin): pass
print(MT().describe(), TM().describe())
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
class Diamond0:
    calls = []
    def f(self):
        Diamond0.calls.append("0")
class Diamond1(Diamond0):
    def f(self):
        Diamond0.calls.append("1")
        super().f()
class Diamond2(Diamond0):
    def f(self):
        Diamond0.calls.append("2")
        super().f()
class Diamond3(Diamond1, Diamond2):
    def f(self):
        Diamond0.calls.append("3")
        super().f()
Diamond3().f()
print(Diamond0.calls)
print(Diamond3.__bases__, [b.__name__ for b in Diamond3.__bases__], Diamond3.__base__.__name__)
