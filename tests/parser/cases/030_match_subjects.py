match x, y:
    case a, b:
        pass
match (x, y):
    case _:
        pass
match *a, b:
    case _:
        pass
match f(x):
    case _:
        pass
match x.y[0]:
    case _:
        pass
match = 1
match.x = 2
match[0] = 3
match(x)
case = 1
_ = 2
print(match, case)
def match(): pass
match -x:
    case _: pass
