# compare: stderr
# An uncaught exception goes to whatever sys.excepthook holds; a hook that fails is
# reported, then the original exception ("Error in sys.excepthook:" ... "Original exception
# was:"). sys.__excepthook__ stays the default.
import sys

seen = []


def quiet_hook(t, v, tb):
    seen.append((t.__name__, str(v), tb is v.__traceback__))
    print("hook saw", seen[-1])
    sys.__excepthook__(t, v, tb)
    raise RuntimeError("the hook itself failed")


print(sys.excepthook is sys.__excepthook__)
sys.excepthook = quiet_hook
print(sys.excepthook is sys.__excepthook__)


def fail():
    return {}["missing key"]


fail()
