# raise ... from, __cause__, __context__, __suppress_context__, raise from None.
def show(e):
    print(type(e).__name__, repr(str(e)), "cause:", repr(e.__cause__), "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("explicit") from inner
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise LookupError("hidden") from None
except LookupError as e:
    show(e)
try:
    raise TypeError("standalone") from KeyError("cause only")
except TypeError as e:
    show(e)
try:
    raise TypeError("cause class") from KeyError
except TypeError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
def chain_depth(e):
    depth = 0
    while e is not None:
        depth += 1
        e = e.__context__
    return depth
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
except ValueError as e:
    print("chain depth", chain_depth(e), repr(e.__context__), repr(e.__context__.__context__))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise IndexError("second")
        except IndexError as second:
            print("second context is first:", second.__context__ is first)
            raise
except IndexError as e:
    print("propagated", repr(e), repr(e.__context__))
def handler_cleans():
    try:
        raise ValueError("in try")
    except ValueError:
        pass
    try:
        raise TypeError("later")
    except TypeError as e:
        return e.__context__
print("context after handled exception:", handler_cleans())
try:
    err = KeyError("reused")
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e:
    print("self-context avoided:", e.__context__ is None)
