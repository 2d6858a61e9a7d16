if (n := len(a)) > 10: pass
while (line := f.readline()): pass
[y := f(x), y**2]
print(x := 1)
(x := 1)
f(a, b := 2)
x = (y := 0)
{(k := 1): (v := 2)}
a[b := 1]
