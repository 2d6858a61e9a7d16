# Conditional expressions: nesting, precedence with lambda and comprehensions, laziness.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in [-2, 0, 3]])
print(1 if True else 2, 1 if False else 2, (1 if 0 else 2) + 10, 1 if 0 else 2 + 10)
f = lambda x: "even" if x % 2 == 0 else "odd"
print([f(i) for i in range(4)])
print([x if x > 2 else -x for x in range(5)], [x for x in range(5) if x > 2])
def expensive(tag):
    print("  evaluated", tag)
    return tag
print(expensive("yes") if 1 else expensive("no"))
print(expensive("yes") if 0 else expensive("no"))
x = 5
desc = "big" if x > 10 else "medium" if x > 3 else "small"
print(desc)
values = [None, 0, "", "text", 7]
print(["truthy" if v else "falsy" for v in values])
print((lambda: 1) if x else (lambda: 2), "skip")[1] if False else print("lambda in conditional ok")
grades = {n: ("A" if n >= 90 else "B" if n >= 80 else "C") for n in (95, 85, 70)}
print(grades)
print(max(3, 7) if x else min(3, 7), abs(-x) if x < 0 else x)
