# complex: repr and format of signed zeros, inf and nan, string parsing, errors, subclasses, powers.
n=float('nan'); i=float('inf')
for z in [complex(1,-n), complex(-n, 1), complex(-0.0,-0.0), complex(0.0,-0.0), complex(-0.0, 1), complex(i,-i), complex(n,n), 1e20j, 1e16+1j, complex(2.5,0)]:
    print(repr(z), format(z,''), format(z, '.2f'), format(z,'10'), format(z, '+.3g'), format(z,'^20.1e'))
print(format(1+2j, '.3'), format(1j, '.3'), format(-0.0+1j, '.3'), format(1j, '+'), format(1j, ' '))
for s in ['1+2j','(1+2j)',' ( 1+2j ) ', '1_0j', 'inf+nanj', '-j', '+1.5e3-2.5E-3J', 'infj', '1e5', '.5j', '5.j']:
    print(complex(s))
for s in ['1+', '( 1+2j', 'j1', '1 + 2j', '', '1+2', '1_j', 'nanx']:
    try: complex(s)
    except ValueError as e: print(s, e)
for f in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(1, []), lambda: format(1j, '=10'), lambda: format(1j, '010'), lambda: format(1j, 'd'), lambda: format(1j, '%'), lambda: (0j)**-1, lambda: 1j/0, lambda: pow(1j, 2, 3), lambda: 1j < 2, lambda: 1j // 1, lambda: divmod(1j, 2), lambda: abs(complex(1e308, 1e308))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(hash(2j), hash(-1+0j), {1.5: 1}[1.5+0j], {2.5+0j: 1}[2.5])
print(complex(1+2j, 3+4j), complex(1j), complex(True), complex(2**60), complex(imag=2), complex(real=1.5))
print((1+2j)**0.5, (2+0j)**-2, 1j**1j, (1+1j)**10, (1+1j)**101, (3+4j)**-3, 2**(1+1j))
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.real, c.imag, c == 1+2j, hash(c) == hash(1+2j), abs(C(3,4)))
class W:
    def __complex__(self): return 5j
print(complex(W()), complex(W(), 1))
print(1 == 1+0j, 1.0 != 1+0j, 1j == None, {1j: 2}[1j], 0j or 'f', bool(1j), -(1-1j), +1j, (1+2j).conjugate())
print([x * 1j for x in range(3)], sum([1+1j]*10), 1e300j*1e300j, (1+1j)/(1e-320+0j))
print(f"{1+2j!r:>10}|{-1j:<8}|{2j:^9}|{1.5-2.5j:*^20.2f}|{1e10+1j:g}|{1e20+1j:G}|{1+1j:#.0f}")
