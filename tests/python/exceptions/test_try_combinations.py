# try/except/else/finally in all combinations, with the order of events printed.
def run(label, raise_exc=None, catch=Exception):
    print(f"-- {label}")
    try:
        print("try body")
        if raise_exc is not None:
            raise raise_exc
        print("try body end")
    except catch as e:
        print("except", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run("no exception")
run("caught", ValueError("v"))
run("caught by base", KeyError("k"), LookupError)
try:
    run("not caught", TypeError("t"), ValueError)
except TypeError as e:
    print("outer caught", e)
def try_finally_only():
    try:
        print("body")
        return "value"
    finally:
        print("finally before return")
print(try_finally_only())
def multiple_excepts(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ValueError:
        return "value"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception:
        return "other"
for exc in [KeyError(), IndexError(), ValueError(), ZeroDivisionError(), OverflowError(), RuntimeError(), UnicodeDecodeError("utf-8", b"", 0, 1, "r")]:
    print(type(exc).__name__, "->", multiple_excepts(exc))
def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("inner handler", e)
            raise TypeError("from handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer handler", e, "| context:", repr(e.__context__))
    finally:
        print("outer finally")
nested()
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("raised in else")
try:
    else_raises()
except ValueError as e:
    print("caught from else:", e)
def bare_except():
    try:
        {}["x"]
    except:
        return "bare except caught"
print(bare_except())
e_var = "before"
try:
    raise ValueError("x")
except ValueError as e_var:
    pass
try:
    print(e_var)
except NameError as err:
    print("NameError:", err)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling, then bare raise")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
