# Instantiating plain classes (object.__new__, a Python __init__) takes a direct path
# (object.ts constructInstance): its errors and results must be those of type.__call__.
class B:
    def __init__(self): return 5
try: B()
except TypeError as e: print(e)
class C: pass
try: C(1)
except TypeError as e: print(e)
try: C(a=1)
except TypeError as e: print(e)
print(type(C()).__name__)
class D:
    def __new__(cls, *a): return 42
print(D(1))
class E:
    def __init__(self, *a, **k): self.a = a; self.k = k
e = E(1, 2, z=3)
print(e.a, e.k)
class F(E): pass
print(F(5).a)
class G(list): pass
print(G([1, 2]))
