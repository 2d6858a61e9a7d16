# Augmented assignment on names, subscripts, slices and attributes; evaluation order of targets.
log = []
class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2, 3]
    def __getattribute__(self, name):
        if name in ("v", "items"):
            log.append(f"get {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(f"set {name}")
        object.__setattr__(self, name, value)
b = Box()
log.clear()
b.v += 10
print(b.v, log)
log.clear()
b.items[1] *= 5
print(b.items, log)
class Rec:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        log.append(f"getitem {k!r}")
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        log.append(f"setitem {k!r}={v!r}")
        self.data[k] = v
r = Rec()
log.clear()
r["a"] += 1
r["a"] += 1
r[1, 2] -= 5
print(r.data, log)
calls = []
def key():
    calls.append("key evaluated")
    return "k"
d = {"k": 1}
d[key()] += 1
print(d, calls)
lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n |= 1; n ^= 3; n &= 0xFF; n >>= 1; n -= 100
print(n)
f = 1.5
f /= 0.5; f += 0.25
print(f)
m = [[0] * 2 for _ in range(2)]
m[0][1] += 5
m[1][0] -= 3
print(m)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {9}
st ^= {5}
print(st)
class Counter:
    count = 0
Counter.count += 1
c = Counter()
c.count += 10
print(Counter.count, c.count, vars(c))
