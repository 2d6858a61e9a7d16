name = 'x'
a = f'hello {name}'
b = f"{name!r} {name!s} {name!a}"
c = f'{3.14:.2f} {name:>10} {name:{width}} {name:{width}.{prec}}'
d = f'{name=}' f"{name = }" f'{name=!s}' f'{name=:>4}'
e = f'{{literal}} {{{name}}}'
f = F'upper' fR'raw {name} \d' Rf'{name}\n' rF'x'
g = f"""triple {name}
multi {
  name
} line"""
h = 'plain' f'{name}' 'mid' f'{name}' 'end'
i = f''
j = f'{a}{b}{c}'
k = f'{x:{y}}' f'{x:{y}abc}' f'{x:abc{y}}' f'{x:a{y}b{z}c}'
l = f'{f"{name}"}'
m = f'{name:}'
n = f'{(lambda: 1)()}'
o = f'{a if b else c}'
p = f'{[x for x in y]}' f'{ {1: 2} }'
q = f'{a, b}' f'{a,}'
r = f'{x!r:^20}'
s = f'{3!r}' f"{'q'}"
t = f'\N{EM DASH}{x}\n'
u = f'{x:%Y-%m-%d}'
v = f'{ x }'
w = f'{yield}' if 0 else None
