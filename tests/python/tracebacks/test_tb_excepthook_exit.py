# compare: stderr
# A sys.excepthook that raises SystemExit decides the exit status.
import sys


def hook(t, v, tb):
    print("hook:", t.__name__, v)
    sys.exit(3)


sys.excepthook = hook
raise ValueError("to the hook")
