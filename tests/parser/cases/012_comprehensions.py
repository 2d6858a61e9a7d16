[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[(x, y) for x in a for y in b if x != y]
{x for x in y}
{x: y for x, y in z}
(x for x in y)
[x for x, in y]
[x for (x, y) in z]
[x for [x, *y] in z]
[[x for x in y] for y in z]
[x async for x in y]
[x for x in (a if b else c)]
[y := f(x) for x in z]
{k: v for k in a for v in b if k if v}
