# LEGB name resolution: local, enclosing, global, builtin; shadowing builtins and restoring them.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def uses_builtin():
    return len("four")
len = lambda s: "shadowed len"
print(uses_builtin(), len("x"))
del len
print(uses_builtin(), len("x"))
def shadow_param(list):
    return list
print(shadow_param(5), list("ab"))
def closure_over_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
print(closure_over_loop())
def closure_fixed():
    fns = []
    for i in range(3):
        def make(j):
            def f():
                return j
            return f
        fns.append(make(i))
    return [f() for f in fns]
print(closure_fixed())
level = 0
def a():
    level = 1
    def b():
        level = 2
        def c():
            return level
        return c()
    return b(), level
print(a(), level)
def class_in_function():
    value = "function local"
    class K:
        value = "class attr"
        def method(self):
            return value
    return K().method(), K.value
print(class_in_function())
import builtins
print(builtins.max is max, max([1, 3, 2]))
def param_default_scope(v=x):
    x = "local x"
    return v, x
print(param_default_scope())
