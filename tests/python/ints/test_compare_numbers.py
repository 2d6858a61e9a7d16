# Comparisons across int, float and bool, including big ints and special floats.
vals = [0, 1, -1, 0.0, -0.0, 1.0, 0.5, True, False, 2 ** 53, 2 ** 53 + 1, float(2 ** 53), 10 ** 30, 1e30]
for a in vals:
    row = []
    for b in vals:
        row.append(("<" if a < b else "") + ("=" if a == b else "") + (">" if a > b else ""))
    print(repr(a).rjust(22), " ".join(r.ljust(2) for r in row))
inf = float("inf")
nan = float("nan")
print(10 ** 400 < inf, -(10 ** 400) > -inf, 10 ** 400 > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0, 1 == nan)
print(inf == inf, -inf < inf, inf > 10 ** 1000)
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, round(0.1 + 0.2, 10) == 0.3)
print(max(1, 1.0), min(1.0, 1), max(True, 1), max(1, True), sorted([3, 1.5, True, 0, -0.5, 2 ** 70]))
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-0.0) == hash(0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(1.5) == hash(3 / 2))
try:
    1 < "1"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None > 0
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", 1 != "1", None == 0, [1] == [1.0], (1, 2) == (1.0, 2.0))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], (0.5,) < (True,))
