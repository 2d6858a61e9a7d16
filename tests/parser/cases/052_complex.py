a = 1j
b = 1.5j
c = 1e10j
d = 0j
e = 1 + 2j
f = 1e-10j
g = 1e999j
h = .5j
