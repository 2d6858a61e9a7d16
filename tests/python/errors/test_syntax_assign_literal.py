# compare: stderr
x = 1
1 = x
