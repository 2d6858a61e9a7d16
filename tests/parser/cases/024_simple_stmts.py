pass
global a
global a, b, c
def f():
    nonlocal a
    nonlocal a, b
assert x
assert x, "message"
assert (x, y)
del a
del a, b
del a.b, a[0], a[1:2]
del (a, b)
del [a, b]
del (a), [b]
raise
raise E
raise E("x")
raise E from F
raise E from None
return_ = 1
x = 1; y = 2;
