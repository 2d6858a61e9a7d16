# nonlocal in loops, in nested closures modified by multiple functions, and generator closures.
def make_account(balance):
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            history.append(("denied", n))
            return balance
        balance -= n
        history.append(("wd", n))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), dep(5), rep())
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            inc()
            yield count
    return gen()
print(list(counter_gen()))
def loop_nonlocal():
    found = None
    def check(v):
        nonlocal found
        if found is None and v % 7 == 0:
            found = v
    for v in range(20, 40):
        check(v)
    return found
print(loop_nonlocal())
def nested_levels():
    a = 0
    def l1():
        nonlocal a
        a += 1
        def l2():
            nonlocal a
            a += 10
            def l3():
                nonlocal a
                a += 100
            l3()
        l2()
    l1()
    l1()
    return a
print(nested_levels())
def shadow_then_nonlocal():
    v = "outer"
    def inner():
        v = "inner-local"
        def innermost():
            nonlocal v
            v = "changed inner-local"
        innermost()
        return v
    return inner(), v
print(shadow_then_nonlocal())
