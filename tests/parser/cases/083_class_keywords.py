class A(B, metaclass=Meta): pass
class C(**kw): pass
class D((x for x in y)): pass
