# return/break/continue inside finally overriding exceptions and returns.
def f1():
    try:
        return "try"
    finally:
        return "finally"
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop ended with " + str(i)
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
def f5():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
def f6():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
def f7():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("finally after except return")
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from except")
    finally:
        return "finally beats except raise"
def f9():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            if count < 3:
                print("finally at", count)
for fn in [f1, f2, f3, f4, f5, f6, f7, f8, f9]:
    print(fn.__name__, "->", fn())
def gen_finally():
    try:
        yield 1
        return
    finally:
        print("generator finally")
print(list(gen_finally()))
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exc_in_finally()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
