# Assignment expressions (:=) in conditions, comprehensions, while loops, and their scoping.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)
while (item := data.pop()) != 1:
    print("popped", item)
print("stopped at", item, data)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
print([last := i for i in range(3)], last)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
def f():
    [inner := k for k in "abc"]
    return inner
print(f())
text = "key=value; other=thing; flag"
pairs = {}
for part in text.split(";"):
    if (eq := part.find("=")) != -1:
        pairs[part[:eq].strip()] = part[eq + 1:]
    else:
        pairs[part.strip()] = True
print(pairs)
print((a := 5), a, (b := a * 2) + b)
def g(x):
    return (doubled := x * 2), doubled + 1
print(g(4))
lines = iter(["first", "second", "", "ignored"])
collected = []
while line := next(lines):
    collected.append(line)
print(collected)
print([(i, sq) for i in range(5) if (sq := i * i) > 3])
print(any((hit := v) > 7 for v in [3, 9, 12]), hit)
print(all((miss := v) < 5 for v in [1, 2, 6, 3]), miss)
class C:
    attr = (tmp := 40) + 2
print(C.attr, C.tmp, "tmp" in globals())
