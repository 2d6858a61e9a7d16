# Exceptions propagating through call stacks, with cleanup at every level printed.
def level3(x):
    print("  level3 start", x)
    try:
        if x == "key":
            return {}["missing"]
        if x == "zero":
            return 1 / 0
        return f"level3 ok {x}"
    finally:
        print("  level3 finally")
def level2(x):
    print(" level2 start")
    try:
        return level3(x)
    except KeyError as e:
        print(" level2 handles KeyError", e)
        return "recovered in level2"
    finally:
        print(" level2 finally")
def level1(x):
    print("level1 start")
    try:
        result = level2(x)
    except ArithmeticError as e:
        print("level1 handles", type(e).__name__)
        result = "recovered in level1"
    print("level1 end")
    return result
for arg in ["fine", "key", "zero"]:
    print("=>", level1(arg))
def thrower(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        thrower(n - 1)
    finally:
        print("unwinding", n)
try:
    thrower(4)
except ValueError as e:
    print("caught at top:", e)
def handler_raises():
    try:
        raise KeyError("original")
    except KeyError:
        return undefined_thing
try:
    handler_raises()
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
def generator_propagation():
    yield 1
    raise RuntimeError("from generator")
def consume():
    total = 0
    for v in generator_propagation():
        total += v
    return total
try:
    consume()
except RuntimeError as e:
    print("RuntimeError:", e)
results = []
for item in [1, 0, 2, "x", 4]:
    try:
        results.append(10 / item)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
