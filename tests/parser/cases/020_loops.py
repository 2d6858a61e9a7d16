while x:
    x -= 1
else:
    pass
while 1: break
for x in y:
    continue
for x, y in z: pass
for x, in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x.y in z: pass
for x[0] in z: pass
for *x, y in z: pass
for x in y, z: pass
for x in *a, *b: pass
for x in range(10):
    if x: break
else:
    pass
while (n := n - 1): pass
