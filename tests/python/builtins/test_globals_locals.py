# globals() and locals(): only sorted user-defined names are printed.
alpha = 1
beta = "two"
def user_names(ns):
    return sorted(k for k in ns if not k.startswith("__"))
print(user_names(globals()))
def func(a, b=2):
    c = a + b
    names = sorted(locals())
    return names, locals()["c"]
print(func(1))
print(globals()["alpha"], globals().get("beta"), "func" in globals(), globals() is globals())
globals()["gamma"] = 3
print(gamma)
def modify_global():
    globals()["delta"] = "set via globals()"
modify_global()
print(delta)
class K:
    x = 1
    y = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)
def nested():
    outer_var = "o"
    def inner():
        return sorted(locals())
    def inner_using():
        return outer_var, sorted(locals())
    return inner(), inner_using()
print(nested())
def loop_locals():
    snapshots = []
    for i in range(3):
        snapshots.append(sorted(locals()))
    return snapshots
print(loop_locals())
print(__name__, type(globals()).__name__, type(locals()).__name__, locals() is globals())
print(user_names(globals()))
