# bool is an int subclass: arithmetic, comparisons, reprs.
print(True + True, True * 10, False * 10, True - False, -True, +True, ~False)
print(True / 2, True // 2, True % 2, True ** 10, 2 ** True, divmod(True, 2))
print(sum([True, True, False, True]), sum(x > 2 for x in range(10)))
print(True == 1, False == 0, True is True, True != 2, True < 2, False < True)
print(repr(True), str(False), int(True), float(False), bool(0), bool(1), bool(-1))
print(bool(""), bool("a"), bool([]), bool([0]), bool(()), bool({}), bool(0.0), bool(-0.0), bool(None))
print(bool(0j), bool(1j), bool(range(0)), bool(range(1)), bool(set()), bool(b""), bool(b"\x00"))
print(type(True + 1).__name__, type(True and 1).__name__, type(True & True).__name__)
print(True and 3, 0 and 3, True or 3, 0 or 3, not 0, not 3, not [], not "x")
print([1, 2, 3][True], [1, 2, 3][False], "ab"[True])
d = {1: "one", True: "true", 1.0: "float one"}
print(d, len(d))
d2 = {0: "zero"}
d2[False] = "false"
print(d2)
print(hash(True), hash(False), hash(True) == hash(1))
print(max(True, 0), min(False, -1), abs(True), round(True))
print(True.__class__.__name__, bool.__bases__[0].__name__, isinstance(False, int))
print(f"{True}", f"{True:d}", f"{False:5}", "%d %s" % (True, True), format(True, "x"))
print(str(True).upper(), True.bit_length(), False.bit_length())
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
counts = [0, 0]
for i in range(20):
    counts[i % 3 == 0] += 1
print(counts)
print(True << 5, True >> 1, -True // 2)
print(bool.__name__, bool(True), bool(bool))
print(1 == True == 1.0, 0 == False == 0.0 == -0.0)
