# random: every distribution, seeding by type, state round trips, subclasses, error messages.
import random

def r(x):
    return float(f"{x:.12g}")

random.seed(2718)
print([r(random.normalvariate(0, 1)) for _ in range(3)])
print([r(random.lognormvariate(0, 0.5)) for _ in range(3)])
print([r(random.vonmisesvariate(1.0, 4.0)) for _ in range(3)], r(random.vonmisesvariate(0, 0)))
print([r(random.gammavariate(a, 2.0)) for a in (0.5, 1.0, 3.0, 10.0)])
print([r(random.betavariate(a, b)) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print([r(random.paretovariate(3)) for _ in range(3)])
print([r(random.weibullvariate(1.5, 2.0)) for _ in range(3)])
print([r(random.triangular()) for _ in range(2)], r(random.triangular(5, 5)), r(random.triangular(1, 10, 9)))
print([r(random.gauss()) for _ in range(3)], [r(random.expovariate(0.25)) for _ in range(2)])
print(random.randbytes(6), random.getrandbits(0), random.getrandbits(33), random.getrandbits(64))

for s in [0, 1, -1, 2 ** 100, True, 3.5, -0.25, 1e300, "", "abc", b"abc", bytearray(b"xyz"), "日本"]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed(5, version=1)
print(random.random())

r1 = random.Random(123)
st = r1.getstate()
print(st[0], len(st[1]), st[1][-1], st[2], st[1][:3])
x = [r1.random() for _ in range(700)]
r1.setstate(st)
print(x == [r1.random() for _ in range(700)])
r1.gauss()
st2 = r1.getstate()
print(r(st2[2]) if st2[2] is not None else None)
g1 = r1.gauss()
r1.setstate(st2)
print(g1 == r1.gauss())
r2 = random.Random()
r2.setstate(st)
print(r2.random() == x[0])
for bad in [(3, (1, 2), None), (9, (), None)]:
    try:
        r2.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.randrange(10), m.choice("abcd"), m.randint(1, 3), m.uniform(0, 4), m._randbelow.__name__)

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 1
b = Bits(1)
print(b.randrange(5), b._randbelow.__name__)

random.seed(99)
print(random.sample(range(10 ** 6), 8), random.sample("abcdefgh", 8))
print(random.sample(["red", "blue"], k=5, counts=[3, 2]))
print(random.sample(range(100), 30))
print(random.choices("abc", [1, 2, 3], k=6), random.choices([10, 20], cum_weights=[0.5, 1.0], k=4), random.choices("z"))
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.randrange(0, 10 ** 40, 3), random.randrange(100, 0, -7), random.randint(-5, -5), random.randrange(2 ** 70))

def attempt(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(random.randrange, 0)
attempt(random.randrange, 10, 5)
attempt(random.randrange, 0, 10, 0)
attempt(random.randrange, 0, 10, -1)
attempt(random.randrange, 1.5)
attempt(random.randrange, 10.0)
attempt(random.randrange, 5, step=2)
attempt(random.randint, 5, 1)
attempt(random.choice, "")
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, [1, 2], 3)
attempt(random.sample, [1, 2], -1)
attempt(random.sample, [1, 2], 1, counts=[1])
attempt(random.sample, [1, 2], 1, counts=[0, 0])
attempt(random.choices, [1, 2], [1], k=2)
attempt(random.choices, [1, 2], [0, 0])
attempt(random.choices, [1, 2], 3)
attempt(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
attempt(random.gammavariate, 0, 1)
attempt(random.getrandbits, -1)
attempt(random.seed, [1, 2])
attempt(random.seed, (1, 2))
attempt(random.Random, 1, 2)
print(isinstance(random.Random(), random.Random), random.Random.__module__, type(random.random).__name__)
print(sorted(random.__all__)[:6])
sr = random.SystemRandom()
v = sr.random()
print(0 <= v < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(5)), sr.getrandbits(10) < 1024)
attempt(sr.getstate)
