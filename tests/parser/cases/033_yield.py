def g():
    yield
    yield x
    yield x, y
    yield *a, b
    yield from x
    x = yield
    x = yield y
    x = yield from y
    f((yield))
    f((yield x))
    await_ = (yield)
    return (yield from x)
    [(yield)]
