# List slicing, slice assignment and deletion, extended slices.
base = list(range(10))
for s in [slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(8, 2, -2), slice(100, 200),
          slice(-100, 3), slice(1, -1, 3), slice(None, None, -3), slice(5, 5)]:
    print(s.start, s.stop, s.step, base[s])
a = list(range(10))
a[2:5] = ["x", "y"]; print(a)
a[2:4] = range(5); print(a)
a[:0] = [-2, -1]; print(a)
a[len(a):] = [99]; print(a)
a[:] = a[::-1]; print(a)
a[1:3] = []; print(a)
del a[::2]; print(a)
a = list(range(10))
a[::2] = "abcde"; print(a)
a[1::2] = [None] * 5; print(a)
a[::-3] = [7, 7, 7, 7]; print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
a = list(range(10))
del a[2:4]; print(a)
del a[-2:]; print(a)
del a[::3]; print(a)
del a[:]; print(a)
a = list(range(6))
del a[0]; del a[-1]; print(a)
try:
    del a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
b = [1, 2, 3]
b[5:10] = [4, 5]; print(b)
b[-100:1] = [0]; print(b)
b[1:1] = b; print(b)
c = [1, 2, 3, 4]
c[1:3] = c; print(c)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5; print(m)
n = [[0] * 3] * 3
n[1][1] = 5; print(n, n[0] is n[2])
lst = ["a", "b", "c", "d"]
print(lst[-1], lst[-4], lst[1:-1], lst[::-1][1:3], lst[3:0:-1])
try:
    lst[4]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[-5]
except IndexError as e:
    print("IndexError:", e)
try:
    lst["1"]
except TypeError as e:
    print("TypeError:", e)
