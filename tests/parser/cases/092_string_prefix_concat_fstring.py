x = 'a' f'b' 'c'
y = f'a' 'b' f'c'
z = u'a' f'{b}'
w = r'a\n' f'\n{x}'
