foo(a, b
x = 3
