# compare: stderr
# Loops nested in loops are compiled as JS functions of their own (codegen `outlined`):
# every way of leaving such a loop, and what it sees of its frame, must be as if inline.
import sys


def tb_entries(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def find(rows, target):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v == target:
                return (i, j)
    return None


def find_in_finally(rows, target, log):
    for row in rows:
        try:
            for v in row:
                if v == target:
                    return v * 10
        finally:
            log.append(('finally', row[0]))
    return -1


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')
        return self

    def __exit__(self, *exc):
        self.log.append(('exit', exc[0].__name__ if exc[0] else None))
        return False


def find_in_with(rows, target, log):
    for row in rows:
        with Ctx(log):
            while row:
                v = row.pop()
                if v == target:
                    return 'found'
    return 'missing'


def jumps():
    out = []
    for i in range(4):
        for j in range(4):
            if j == 1:
                continue
            if j == 3:
                break
            out.append((i, j))
        else:
            out.append('never')
        k = 0
        while k < 3:
            k += 1
            if k == 2:
                continue
            out.append(k)
        else:
            out.append('while-else')
        for j in range(2):
            pass
        else:
            if i == 2:
                continue  # the else block jumps in the outer loop: stays inline
            out.append(('else', i))
    return out


def three_levels(n):
    total = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                if (a + b + c) % 3 == 0:
                    total += a * b - c
    return total


def closures():
    fs = []
    for i in range(3):
        for j in range(2):
            fs.append(lambda i=i: i * 10 + j)
    return [f() for f in fs]


def nonlocal_and_global():
    count = 0
    global GLOBAL_HITS

    def bump():
        nonlocal count
        for x in range(3):
            for y in range(3):
                count += x * y
    for _ in range(2):
        for _ in range(2):
            GLOBAL_HITS += 1
    bump()
    return count


GLOBAL_HITS = 0


def unbound_after_del():
    for i in range(2):
        for j in range(2):
            z = i + j
            del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)


def locals_inside():
    seen = []
    for i in range(2):
        for j in range(2):
            seen.append(sorted(k for k in locals() if k in ('i', 'j', 'seen')))
    return seen[-1]


def raising(rows):
    for row in rows:
        for v in row:
            if v < 0:
                raise ValueError(f'negative {v}')
    return 'ok'


def reraise_in_handler():
    try:
        raise KeyError('outer')
    except KeyError:
        for i in range(2):
            for j in range(2):
                if i == 1:
                    raise


def handled_inside(rows):
    out = []
    for row in rows:
        for v in row:
            try:
                out.append(10 // v)
            except ZeroDivisionError:
                out.append('div0')
                continue
            finally:
                out.append('f')
    return out


def recurse(n):
    if n == 0:
        return 0
    acc = 0
    for i in range(2):
        for j in range(2):
            acc += recurse(n - 1) + 1
    return acc


def gen_nested():
    for i in range(3):
        for j in range(i):
            yield (i, j)


print(find([[1, 2], [3, 4], [5, 6]], 4), find([[1]], 9))
log = []
print(find_in_finally([[1, 2], [3, 4]], 4, log), log)
log = []
print(find_in_with([[1, 2], [3, 4]], 3, log), log)
log = []
print(find_in_with([[7]], 3, log), log)
print(jumps())
print(three_levels(7))
print(closures())
print(nonlocal_and_global(), GLOBAL_HITS)
print(unbound_after_del())
print(locals_inside())
try:
    raising([[1, 2], [3, -4]])
except ValueError as e:
    print(e, tb_entries(e.__traceback__))
try:
    reraise_in_handler()
except KeyError as e:
    print('reraised', e, tb_entries(e.__traceback__))
print(handled_inside([[1, 0], [2]]))
print(recurse(3))
print(list(gen_nested()))

# Module level and class bodies.
grid = []
for r in range(3):
    for c in range(3):
        if c > r:
            break
        grid.append((r, c))
print(grid)


class Table:
    cells = []
    for r in range(2):
        for c in range(2):
            cells.append(r * 2 + c)


print(Table.cells)

# An uncaught exception from an outlined loop: traceback on stderr, status 1.
for i in range(2):
    for j in range(2):
        if i == 1 and j == 1:
            print('about to fail', flush=True)
            sys.exit(raising([[5, -5]]) == 'ok')
