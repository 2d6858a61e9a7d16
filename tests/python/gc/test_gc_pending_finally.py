# A return value or an exception on its way out of a try/finally or a with block, while the
# finally block or __exit__ runs Python code that allocates (run with --gc-stress: the value
# is reachable only from the unwinding JS code unless the compiled function roots it).
class Box:
    def __init__(self, v):
        self.v = [v, str(v) * 2, (v, v + 1)]
    def __repr__(self):
        return "Box(%r)" % (self.v[0],)

def churn():
    return [Box(i) for i in range(5)]

def ret_through_finally():
    try:
        return [Box(1), Box(2)]
    finally:
        churn()
print(ret_through_finally())

def ret_fresh_through_nested_finally():
    try:
        try:
            return Box(3)
        finally:
            churn()
    finally:
        churn()
print(ret_fresh_through_nested_finally())

def ret_overridden_in_finally():
    try:
        return Box(4)
    finally:
        churn()
        return Box(5)
print(ret_overridden_in_finally())

def ret_in_loop_with_break():
    while True:
        try:
            return [Box(6)]
        finally:
            churn()
            break
    return Box(7)
print(ret_in_loop_with_break())

class Manager:
    def __enter__(self):
        return [Box(8)]
    def __exit__(self, t, v, tb):
        churn()
        print("exit", t.__name__ if t else None, repr(v))
        return t is KeyError

def ret_through_with():
    with Manager() as m:
        return m + [Box(9)]
print(ret_through_with())

def exc_through_finally():
    try:
        raise ValueError([Box(10)])
    finally:
        churn()
try:
    exc_through_finally()
except ValueError as e:
    print(repr(e), e.__traceback__ is not None)

def exc_through_nested_finally(n):
    if n == 0:
        raise ValueError([Box(n)])
    try:
        return exc_through_nested_finally(n - 1)
    finally:
        churn()
try:
    exc_through_nested_finally(15)
except ValueError as e:
    print(repr(e))

def exc_through_with():
    with Manager():
        raise TypeError(Box(11))
try:
    exc_through_with()
except TypeError as e:
    print(repr(e))

def exc_swallowed_by_with():
    with Manager():
        raise KeyError(Box(12))
    return Box(13)
print(exc_swallowed_by_with())

def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(Box(i))
            out.append(Box(i))
        except ValueError as e:
            out.append(e)
        finally:
            churn()
    return out
print(loop_with_finally())
