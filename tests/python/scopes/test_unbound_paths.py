# UnboundLocalError must still be raised on every path where a local can be unbound,
# after the compiler drops checks it proves unnecessary (definite assignment).

def attempt(f, *args):
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, 'UnboundLocalError:', e)

def if_one_branch(c):
    if c:
        x = 1
    return x

def if_both(c):
    if c:
        x = 1
    else:
        x = 2
    return x

def loop_del(n):
    x = 0
    out = []
    for i in range(n):
        out.append(x)
        del x
        if i % 2:
            x = i
    return out

def loop_del_continue(n):
    x = 0
    out = []
    for i in range(n):
        out.append(x)
        if i == 0:
            del x
            continue
        x = i
    return out

def while_test_del(n):
    x = n
    while x:
        del x
        if n > 5:
            x = 0
    return 'done'

def try_body(c):
    try:
        if c:
            raise ValueError
        y = 1
    except ValueError:
        pass
    return y

def try_else(c):
    try:
        if c:
            raise ValueError
    except ValueError:
        return 'handled'
    else:
        z = 3
    return z

def handler_name():
    e = 'before'
    try:
        raise KeyError('k')
    except KeyError as e:
        pass
    return e

def finally_path(c):
    try:
        if c:
            raise RuntimeError('x')
        w = 1
    finally:
        try:
            print('w is', w)
        except UnboundLocalError as e:
            print('finally saw', e)
    return w

class suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is ZeroDivisionError

def with_suppress(c):
    with suppress():
        1 / c
        v = 5
    return v

def break_paths(n):
    for i in range(n):
        if i == 2:
            q = i
            break
    else:
        return 'no break'
    return q

def while_true():
    i = 0
    while True:
        i += 1
        if i > 3:
            r = i
            break
    return r

def match_case(v):
    match v:
        case [a, b]:
            m = a + b
        case {'k': a}:
            m = a
        case _:
            pass
    return m

def del_param(p):
    del p
    return p

def walrus(c):
    if c and (w := 10):
        pass
    return w

def nested_loops(n):
    t = 0
    for i in range(n):
        for j in range(n):
            if j == 1:
                del t
                t = j
            t += i
    return t

def augassign_unbound():
    s += 1
    return s

def import_binds():
    import math as m2
    return m2.floor(2.5)

def def_binds():
    def g():
        return 7
    return g()

def loop_target_after(n):
    for k in range(n):
        pass
    return k

def comp_iter(n):
    xs = list(range(n))
    return [x * 2 for x in xs]

for f, args in [(if_one_branch, (1,)), (if_one_branch, (0,)), (if_both, (0,)), (loop_del, (1,)), (loop_del, (3,)),
                (loop_del_continue, (3,)), (while_test_del, (3,)), (while_test_del, (9,)), (try_body, (0,)), (try_body, (1,)),
                (try_else, (0,)), (try_else, (1,)), (handler_name, ()), (finally_path, (0,)), (finally_path, (1,)),
                (with_suppress, (1,)), (with_suppress, (0,)), (break_paths, (5,)), (break_paths, (1,)), (while_true, ()),
                (match_case, ([1, 2],)), (match_case, ({'k': 3},)), (match_case, (5,)), (del_param, (1,)), (walrus, (1,)),
                (walrus, (0,)), (nested_loops, (3,)), (augassign_unbound, ()), (import_binds, ()), (def_binds, ()),
                (loop_target_after, (2,)), (loop_target_after, (0,)), (comp_iter, (3,))]:
    try:
        attempt(f, *args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
