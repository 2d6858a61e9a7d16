# random with a fixed seed: the exact values CPython's Mersenne Twister produces.
import random
random.seed(42)
print(random.random(), random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.uniform(1, 10), random.uniform(-1, 1))
print(round(random.gauss(0, 1), 10), round(random.gauss(100, 15), 10))  # libm-dependent: rounded
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10))
print(random.getrandbits(8), random.getrandbits(32), random.getrandbits(100))
print(random.choices([1, 2, 3], k=5), random.choices("xy", weights=[9, 1], k=6))
random.seed(42)
again = random.random()
random.seed(42)
print(again == random.random())
random.seed("a string seed")
print(random.random())
random.seed(12345)
print(random.randint(0, 10 ** 30), random.triangular(0, 10, 3), random.betavariate(2, 3) < 1)
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice("xyz"))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, a)
random.seed(0)
print([round(random.expovariate(1.0), 10) for _ in range(3)])
print(sorted(random.sample(range(1, 50), 6)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
