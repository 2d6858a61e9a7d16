@a
def f(): pass
@a.b.c
def f(): pass
@a(1)
@b
def f(): pass
@x[0]
def f(): pass
@(lambda f: f)
def f(): pass
@a if b else c
def f(): pass
@x := y
def f(): pass
@dec
async def f(): pass
@dec1
@dec2(a, b=c)
class K: pass
