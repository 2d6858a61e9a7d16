a = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ 9
b = a << 1 >> 2 & 3 | 4 ^ 5
c = -a + +b - ~c
d = not a and b or c and not d
e = a < b <= c > d >= e == f != g
f = a is b is not c in d not in e
g = a ** -b ** c
h = -a ** b
i = (a + b) * c
j = a if b else c if d else e
k = a or b or c
l = a and b and c or d
m = not not a
n = await_ = 1
o = a @ b
p = ((((a))))
