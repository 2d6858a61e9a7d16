if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
elif d:
    x = 4
else:
    x = 5
