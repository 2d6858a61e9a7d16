# compare: stderr
# An uncaught exception group: nested groups in numbered boxes, sub-exception tracebacks,
# notes, and the context of a group raised in an except block.
def fail(kind):
    raise kind(f'{kind.__name__} failure')


def run_all():
    errors = []
    for kind in (ValueError, TypeError):
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup('inner', [KeyError('k'), IndexError('i')])
    inner.add_note('a note on the inner group')
    errors.append(inner)
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup('run_all failed', errors)


def handle():
    try:
        run_all()
    except* TypeError as g:
        print('handled', repr(g.exceptions))


handle()
