# `is` versus `==` on values where the answer is guaranteed by the language.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is a)
print(None is None, True is True, False is not True, ... is Ellipsis, NotImplemented is NotImplemented)
x = None
print(x is None, x == None, type(x) is type(None))
print(type(1) is int, type("s") is str, type([]) is list, bool is type(True), int is not float)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class EqAll:
    def __eq__(self, o):
        return True
e = EqAll()
print(e == 1, e is e, e == None, e is None)
t = (1, [2])
u = t
print(t is u, t == (1, [2]), t[1] is u[1])
def f():
    pass
print(f is f, f == f, f() is None, print is print, len is len)
s1 = "abc"
s2 = s1
print(s1 is s2, s1 == "abc", s1 + "" == s1)
d = {}
print(d.get("k") is None, d.setdefault("k", []) is d["k"])
empty_tuple = ()
print(empty_tuple == (), len(empty_tuple), tuple() == ())
lst = [None, 0, False, "", []]
print([v is None for v in lst], [v == None for v in lst], [v is False for v in lst], [v == False for v in lst])
