# break/continue/return interacting with try/finally.
def trace():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(("body", i))
        finally:
            log.append(("finally", i))
    return log
print(trace())
def ret_in_loop():
    for i in range(3):
        try:
            return i
        finally:
            print("finally runs before return", i)
print(ret_in_loop())
def finally_overrides():
    for i in range(3):
        try:
            break
        finally:
            return "finally wins"
print(finally_overrides())
def nested():
    out = []
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        continue
                    if i == 1:
                        break
                    out.append((i, j))
                finally:
                    out.append(("inner-fin", i, j))
        finally:
            out.append(("outer-fin", i))
    return out
for item in nested():
    print(item)
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("tick", n)
print(while_finally())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            print("caught", e)
        finally:
            print("cleanup", i)
swallow()
def break_from_except():
    for i in range(5):
        try:
            1 / (i - 2)
        except ZeroDivisionError:
            print("zero at", i)
            break
        else:
            print("ok", i)
        finally:
            print("fin", i)
break_from_except()
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
        out.append(-i)
    return out
print(continue_in_finally())
