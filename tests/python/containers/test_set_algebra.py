# Set algebra on small ints: identities, De Morgan, partitions, relations, and printing order.
U = set(range(20))
A = {x for x in U if x % 2 == 0}
B = {x for x in U if x % 3 == 0}
C = {x for x in U if x < 7}
print(A, B, C, sep="\n")
print(A & B, A | B, A - B, B - A, A ^ B, sep="\n")
print(U - (A | B) == (U - A) & (U - B), U - (A & B) == (U - A) | (U - B))
print(A & (B | C) == (A & B) | (A & C), A | (B & C) == (A | B) & (A | C))
print((A ^ B) ^ C == A ^ (B ^ C), A ^ A, A ^ set() == A)
print(sorted(A & B & C), len(A | B | C), (A | B | C) <= U, U >= A, A < U)
residues = {}
for x in U:
    residues.setdefault(x % 4, set()).add(x)
print(residues)
print(set().union(*residues.values()) == U, all(a.isdisjoint(b) for i, a in residues.items() for j, b in residues.items() if i < j))
squares = {x * x % 17 for x in range(17)}
print(squares, len(squares), set(range(17)) - squares)
multiples = [set(range(0, 50, k)) for k in (2, 3, 5)]
print(sorted(set.intersection(*multiples)), len(set.union(*multiples)))
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(sorted(pairs), len(pairs))
s = set()
for i in [10, 3, 77, 3, 64, 10, 1, 0, 200, 33]:
    s.add(i)
print(s, list(s) == sorted(s))
big = set(range(100, 0, -7))
print(big)
neg = {-5, -1, 0, 3, -100}
print(neg, sorted(neg))
