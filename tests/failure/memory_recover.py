# Run with a small heap: each failed allocation is a MemoryError the program survives.
def grow():
    l = []
    while True:
        l.append([0] * 1000)
try:
    grow()
except MemoryError as e:
    print('recovered list', type(e).__name__, repr(e))
for expr in ["'x' * (10**10)", "[0] * (10**9)", "bytearray(10**10)", "b'ab' * (10**10)", "list(range(10**9))"]:
    try:
        eval(expr)
        print(expr, 'ok?')
    except MemoryError:
        print(expr, 'MemoryError')
    except OverflowError as e:
        print(expr, 'OverflowError', e)
def grow_dict():
    d = {}
    i = 0
    while True:
        d[i] = str(i) * 10
        i += 1
try:
    grow_dict()
except MemoryError:
    print('recovered dict')
def grow_str():
    s = 'x'
    while True:
        s = s + s
try:
    grow_str()
except MemoryError:
    print('recovered str')
print('still works', sum(range(100)))
