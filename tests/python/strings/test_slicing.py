# String indexing and slicing, including negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4], s[9])
for start in [None, 0, 2, -3, 15, -15]:
    for stop in [None, 5, -2, 20, -20]:
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:2]), repr(s[start:stop:-1]), repr(s[start:stop:-3]))
print(s[::-1], s[::2], s[1::2], s[::-2], s[-2::-2], s[::100], s[::-100])
print(s[5:2], s[5:2:-1], s[-1:-4:-1], s[len(s):], s[:0], s[2:2])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s[slice(2, 8, 3)], s[slice(None)], s[slice(-3, None)], slice(1, 5, 2).indices(10), slice(None, None, -1).indices(5))
u = "héllo wörld 日本"
print(u[1], u[-1], u[::-1], u[6:11], len(u))
for i in range(len(u)):
    print(i, u[i], u[:i], u[i:])
