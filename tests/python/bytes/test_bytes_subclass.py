# Subclasses of bytes and bytearray: values, methods, fromhex, repr, several live instances.
class MyB(bytes):
    pass
class MyBA(bytearray):
    pass
m = MyB(b"xy")
k = MyB(b"A")
n = MyBA(b"zz")
n.append(97)
print(m, k, type(m).__name__, len(m), m[0], m + b"!", m.upper(), m == b"xy", hash(m) == hash(b"xy"))
print(n, len(n), isinstance(n, bytearray), n.upper(), type(n.upper()).__name__, bytes(n), list(n))
print(MyB.fromhex("41 42"), type(MyB.fromhex("41")).__name__, MyBA.fromhex("43"), type(MyBA.fromhex("43")).__name__)
print(m.decode(), str(m, "ascii"), b"-".join([m, k]), m in {b"xy": 1}, sorted([m, k, b"B"]))
