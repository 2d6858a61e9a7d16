x = - - - a
y = not - + ~ b
z = -(-a)
w = ~~a
v = -1
u = -1.5
t = -1j
