# while/for loops with else, break, continue, nested loops.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("for-else not reached")
for i in range(3):
    print("for", i)
else:
    print("for-else reached")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("while", n)
else:
    print("while-else not reached")
n = 3
while n:
    n -= 1
else:
    print("while-else reached", n)
for i in []:
    print("never")
else:
    print("empty for-else")
def find_pair(target, nums):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None
print(find_pair(10, [1, 3, 5, 7, 9]), find_pair(100, [1, 2]))
primes = []
for n in range(2, 60):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
outer_count = 0
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        outer_count += 1
        print(i, j, end="; ")
print()
print(outer_count)
i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)
for x in range(3):
    pass
print(x)
total = 0
for ch in "a1b2c3":
    if not ch.isdigit():
        continue
    total += int(ch)
print(total)
items = [1, 2, 3]
for x in items:
    if x < 10:
        items.append(x * 10)
print(items)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
k = 0
while k < 3:
    j = 0
    while j < 3:
        if j == k:
            j += 1
            continue
        print((k, j), end="")
        j += 1
    k += 1
print()
