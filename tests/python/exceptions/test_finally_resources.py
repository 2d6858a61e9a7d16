# Resource cleanup with try/finally and with: nested acquisitions released in reverse order on every path.
log = []
class Res:
    def __init__(self, name, fail_on_enter=False):
        self.name, self.fail_on_enter = name, fail_on_enter
    def __enter__(self):
        if self.fail_on_enter:
            log.append(f"enter {self.name} FAILED")
            raise OSError(f"cannot open {self.name}")
        log.append(f"enter {self.name}")
        return self
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} ({t.__name__ if t else 'ok'})")
        return False
def scenario(fail_at=None, body_error=False):
    log.clear()
    try:
        with Res("a"), Res("b", fail_on_enter=(fail_at == "b")), Res("c", fail_on_enter=(fail_at == "c")):
            log.append("body")
            if body_error:
                raise ValueError("body failed")
    except (OSError, ValueError) as e:
        log.append(f"handled {type(e).__name__}: {e}")
    return list(log)
print(scenario())
print(scenario(fail_at="b"))
print(scenario(fail_at="c"))
print(scenario(body_error=True))
def manual():
    out = []
    lock_held = False
    try:
        lock_held = True
        out.append("acquired")
        try:
            out.append("inner work")
            raise KeyError("inner")
        finally:
            out.append("inner cleanup")
    except KeyError:
        out.append("caught inner")
    finally:
        if lock_held:
            out.append("released")
    return out
print(manual())
def generator_resource():
    log.clear()
    def gen():
        with Res("gen-res"):
            yield 1
            yield 2
    g = gen()
    out = [next(g)]
    g.close()
    out.append(list(log))
    return out
print(generator_resource())
