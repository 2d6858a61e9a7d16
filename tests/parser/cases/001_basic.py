x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 @ m ** 2 ** -1
print(x, y, sep=', ', end='')
a, b = b, a
a = b = c = 0
x += 1; y -= 2; z *= 3
del a, b[0], c.d
