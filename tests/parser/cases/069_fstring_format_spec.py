a = f'{x:10}'
b = f'{x:<10}'
c = f'{x:{w}}'
d = f'{x:{w}.{p}f}'
e = f'{x:>{w}}'
f = f'{x!r:>{w}}'
g = f'{x:%H:%M}'
h = f'{x:{{}}>10}' if 0 else 0
