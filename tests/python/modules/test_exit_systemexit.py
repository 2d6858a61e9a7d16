# raise SystemExit(7) from a nested call; SystemExit is not caught by `except Exception`.
def inner():
    raise SystemExit(7)
def outer():
    try:
        inner()
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally in outer")
print("start")
try:
    outer()
except SystemExit as e:
    print("caught SystemExit with code", e.code, "- re-raising")
    raise
