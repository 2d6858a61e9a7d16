print('ready', flush=True)
x = input('prompt> ')
print('got', x)
