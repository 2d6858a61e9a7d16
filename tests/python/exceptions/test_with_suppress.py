# with statements that suppress or transform exceptions; contextlib-free helpers.
class suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            self.caught = v
            return True
        return False
with suppress(KeyError) as s:
    {}["missing"]
print("suppressed:", repr(s.caught))
with suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed:", repr(s.caught))
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with suppress(Exception) as s:
    pass
print("nothing raised:", s.caught)
class Transaction:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, t, v, tb):
        self.log.append("rollback" if t else "commit")
        return False
log = []
with Transaction(log):
    log.append("work 1")
try:
    with Transaction(log):
        log.append("work 2")
        raise RuntimeError("fail")
except RuntimeError:
    log.append("handled")
print(log)
class Retry:
    def __init__(self):
        self.failures = 0
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ConnectionError:
            self.failures += 1
            return True
r = Retry()
for attempt in range(5):
    with r:
        if attempt < 3:
            raise ConnectionError(f"attempt {attempt}")
        print("succeeded on attempt", attempt)
print("failures:", r.failures)
def gen_cm_like():
    class CM:
        def __enter__(self):
            print("enter")
            return "resource"
        def __exit__(self, *a):
            print("exit with", a[0].__name__ if a[0] else None)
            return isinstance(a[1], ZeroDivisionError)
    return CM()
with gen_cm_like() as res:
    print("using", res)
    1 / 0
print("after zero division suppressed")
class Exiter:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "truthy non-bool"
with Exiter():
    raise ValueError("suppressed by truthy value")
print("done")
