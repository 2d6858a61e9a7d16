# ExceptionGroup construction, split/subgroup/derive (metadata copied to the parts) and
# except* semantics: naked exceptions wrapped, raised and re-raised parts combined.
def t(f):
    try: r = f(); print('ok', repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: ExceptionGroup('a'))
t(lambda: ExceptionGroup('a', [ValueError()], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('a', 5))
t(lambda: ExceptionGroup('a', []))
t(lambda: ExceptionGroup('a', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('a', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('a', (ValueError(),)))
t(lambda: ExceptionGroup('a', [ValueError()]).split(1))
t(lambda: ExceptionGroup('a', [ValueError()]).split((ValueError, 1)))
t(lambda: ExceptionGroup('a', [ValueError()]).derive([KeyError()]))
t(lambda: ExceptionGroup('a', [ValueError()]).derive([KeyboardInterrupt()]))
eg = ExceptionGroup('a', [ValueError()])
t(lambda: (eg.message, eg.exceptions, eg.args))
try: eg.message = 'x'
except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup): pass
t(lambda: MyEG('m', [ValueError()]))
t(lambda: MyEG('m', [ValueError(), TypeError()]).split(ValueError))
t(lambda: str(ExceptionGroup('one', [ValueError()])))
try:
    try: raise ValueError(1)
    except* ExceptionGroup: pass
except Exception as e: print(type(e).__name__, e)
try:
    try: raise ValueError(1)
    except* 5: pass
except Exception as e: print(type(e).__name__, e)
# metadata copying
e1 = ValueError(1); e2 = TypeError(2)
g = ExceptionGroup('g', [e1, ExceptionGroup('h', [e2])])
g.add_note('note!')
try:
    raise g
except ExceptionGroup as caught:
    m, r = caught.split(TypeError)
    print(m, r, m.__notes__, r.__notes__, m.__traceback__ is caught.__traceback__, m.__notes__ is caught.__notes__)
    print(m.exceptions[0].exceptions[0] is e2, r.exceptions[0] is e1)
    print(caught.subgroup(lambda x: True) is caught, caught.split(BaseException)[0] is caught)
# raise inside except* handlers
def f():
    try:
        raise ExceptionGroup('eg', [ValueError('a'), TypeError('b'), KeyError('c')])
    except* ValueError:
        raise RuntimeError('from handler')
    except* TypeError as e:
        raise
try:
    f()
except BaseException as e:
    print(repr(e))
    for x in e.exceptions: print('  ', repr(x), repr(x.__context__))
def g2():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('caught', repr(e))
        raise
try:
    g2()
except BaseException as e:
    print('g2', repr(e))
def g3():
    try:
        raise ValueError('naked')
    except* TypeError:
        print('no')
try:
    g3()
except BaseException as e:
    print('g3', repr(e))
def g4():
    try:
        raise ExceptionGroup('x', [ValueError(1)])
    except* ValueError:
        pass
    else:
        print('else?')
    finally:
        print('finally')
g4()
def g5():
    try:
        pass
    except* ValueError:
        pass
    else:
        print('else ran')
g5()
