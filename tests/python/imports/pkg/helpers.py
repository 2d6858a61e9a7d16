print("pkg.helpers: executing, __name__ =", __name__, "__package__ =", __package__)

def helper_func(x):
    return f"helper({x})"
