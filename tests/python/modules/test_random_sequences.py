# random: reproducible sequences from several seeds, independent Random instances, shuffle of strings list, sample sizes.
import random
for seed in [0, 1, 123, 2 ** 40, -7]:
    random.seed(seed)
    print(seed, [random.randint(0, 9) for _ in range(12)], round(random.random(), 12))
a = random.Random(99)
b = random.Random(99)
print([a.randrange(100) for _ in range(5)] == [b.randrange(100) for _ in range(5)])
a.random()
print(a.random() == b.random(), a.random(), b.random())
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.seed(2024)
random.shuffle(deck)
print(deck[:13])
print(random.sample(deck, 5), len(set(random.sample(deck, 52))))
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(k) for k in range(1, 7)], sum(rolls))
random.seed(3)
print([random.choice(["rock", "paper", "scissors"]) for _ in range(8)])
print([random.randrange(0, 100, 7) for _ in range(6)], random.getrandbits(64), random.getrandbits(1))
random.seed(11)
print([round(random.uniform(-1, 1), 12) for _ in range(4)])
print(random.choices(range(5), weights=[0, 0, 1, 0, 0], k=3), random.choices("ab", cum_weights=[1, 10], k=8))
random.seed(5)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
