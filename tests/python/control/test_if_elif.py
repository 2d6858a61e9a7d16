# if/elif/else chains, truthiness of many values, nested conditions, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 10, 99, 100, 10 ** 9]])
for v in [0, 1, -1, 0.0, 0.1, "", "0", [], [0], {}, {0: 0}, set(), (), (None,), None, True, False, range(0), b""]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 31)))
for a in [True, False]:
    for b in [True, False]:
        if a:
            if b:
                r = "both"
            else:
                r = "a only"
        elif b:
            r = "b only"
        else:
            r = "neither"
        print(a, b, r, "yes" if a and b else "no", (a or b) and "some" or "none")
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd", 1 if x else 2 if x > 1 else 3)
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Falsy()), bool(Sized(0)), bool(Sized(3)), "t" if Sized(2) else "f", "t" if Falsy() else "f")
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
if not []:
    print("empty list is falsy")
if None is None and not None:
    print("None checks")
grade = 87
if grade >= 90: print("A")
elif grade >= 80: print("B")
else: print("C")
