a, *b = c
print(*a)
x = [*a, *b]
x = {*a}
x = *a,
return_value = (*a, b)
for *a, b in c: pass
f(*a or b)
x = *a, b
