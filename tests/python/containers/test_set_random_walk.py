# A deterministic random walk of set operations on small ints; every state is printed, so the
# table layout (probing, resizes, dummy reuse) must follow CPython's exactly.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
sets = [set(), set(), set()]
for step in range(3000):
    op = rnd(14)
    a = sets[rnd(3)]
    b = sets[rnd(3)]
    k = rnd(200) - 50 if rnd(4) else rnd(5) * 64
    if op < 4: a.add(k)
    elif op < 6: a.discard(k)
    elif op == 6 and a: a.pop()
    elif op == 7: a |= b
    elif op == 8: a &= set(range(rnd(150)))
    elif op == 9: a -= b
    elif op == 10: a ^= {k, k + 1, k * 2}
    elif op == 11: sets[rnd(3)] = a.copy()
    elif op == 12: sets[rnd(3)] = a | b
    elif op == 13: a.update(range(k, k + rnd(20)), [k * 3])
    if step % 50 == 0 or step > 2950:
        print(step, [list(s) for s in sets])
print([list(s - t) for s in sets for t in sets], [list(s ^ t) for s in sets for t in sets])
print([list(s & t) for s in sets for t in sets], [list(s.union(t, range(5))) for s in sets for t in sets])
print([hash(frozenset(s)) == hash(frozenset(list(s)[::-1])) for s in sets])
print(hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset([2, 1])), {frozenset({1, 2}): 1}[frozenset([2, 1])])
