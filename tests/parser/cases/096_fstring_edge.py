x = f'{a!r:{b}}'
x = f'''{a:
{b}}'''
x = f'''{
a}'''
x = f'''abc
{
  a
}'''
x = 1
x = (f'{a}'
 'b'
 f'{c:{d}}')
x = f'{a}' f'{b:{c}}' f'{d}'
x = f'{f"{a:{b}}"}'
x = f'{a=}{b=}'
x = f'{  a  =  }'
x = f'{a=!a}'
x = f'{(a, b)}'
x = f'{a, b}'
x = f'{*a,}'
x = f'{yield}'
x = f'{a:=1}'
x = f'{(a:=1)}'
x = f'{(lambda: 1)}'
x = f'{a["b"]}'
x = f'{a!s:.{p}f}'
x = f'{3.14:{w}.{p}}'
x = rf'\{a}\n'
x = f'\{a}'
x = f'{{{a}}}'
x = f'}}{{'
x = f'a{{b'
x = f'{a}' 'b' 'c'
x = 'a' 'b' f'{c}'
x = f'{a:{b}{c}}'
x = f'{a:x{b}y{c}z}'
x = f'é{a:é{b}é}é'
x = f'\N{BULLET} {a}'
x = f'''
{a!r:>{width}}
'''
x = f'{a}' \
  f'{b}'
def f():
    return f'{a}'
x = [f'{i}' for i in y]
x = f"{'a' if b else 'c'}"
x = f'{a.b.c()}'
x = f'{a[1:2]}'
x = f'{ {a: b} }'
x = f'{a}'  # comment
x = (
  f'{a}'
  f'{b}'
)
print(f'{a:>{b}}', f'{c}')
x = f'{a:{b}}' if c else f'{d:{e}}'
x = u'a' 'b' f'{c}' 'd'
x = f'{a}' u'b'
async def f():
    x = f'{await a}'
x = f'{a!r}' f'{b!s}'
x = f'{1}{2}{3}'
x = f'{""}'
x = f'{a:{"b"}}'
x = f'''{a
:{b}}'''
x = f'''{a:
}'''
x = f'''{a
=}'''
