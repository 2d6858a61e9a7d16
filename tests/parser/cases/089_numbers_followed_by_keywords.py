x = [1for x in y]
y = 1if x else 2
z = 0x1or 2
w = 1.0and 2
v = 1jor 2
