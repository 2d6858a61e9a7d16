# Tuples as records: sorting by fields, grouping, unpacking in loops, tuple comparisons, zip/unzip.
people = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cid", 31, "lima"), ("dee", 19, "oslo"), ("eve", 25, "lima")]
for name, age, city in people:
    print(f"{name:>4} {age:3} {city}")
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
by_city = {}
for name, _, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
names, ages, cities = zip(*people)
print(names, ages, cities, sum(ages) / len(ages))
oldest = max(people, key=lambda p: p[1])
youngest = min(people, key=lambda p: p[1])
print(oldest, youngest)
NAME, AGE, CITY = range(3)
print([p[NAME] for p in people if p[AGE] > 24])
pairs = [(1, "one"), (1, "uno"), (0, "zero"), (2, "two")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), max(pairs), min(pairs))
point = (3, 4)
x, y = point
dist = (x ** 2 + y ** 2) ** 0.5
print(point, dist, point + (5,), point * 2, point[::-1], len(point))
matrix = ((1, 2, 3), (4, 5, 6))
print(tuple(zip(*matrix)), tuple(map(sum, matrix)), tuple(sum(col) for col in zip(*matrix)))
records = [("2024-01-03", "deposit", 100), ("2024-01-01", "withdraw", 30), ("2024-01-02", "deposit", 50)]
balance = 0
for date, kind, amount in sorted(records):
    balance += amount if kind == "deposit" else -amount
    print(date, kind, amount, balance)
