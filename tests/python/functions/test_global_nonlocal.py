# global and nonlocal statements, UnboundLocalError, module-level state shared across functions.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def read():
    return counter
print(bump(), bump(), read(), counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def make_global():
    global created_later
    created_later = "now exists"
make_global()
print(created_later)
def reads_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
    return x
x = "global x"
print(reads_before_assign())
def outer():
    v = "outer v"
    def inner():
        nonlocal v
        v = "set by inner"
    inner()
    return v
print(outer())
def outer_global():
    g = "local"
    def inner():
        global g
        g = "module g"
    inner()
    return g
print(outer_global(), g)
def del_global():
    global temp
    temp = 1
    del temp
del_global()
try:
    temp
except NameError as e:
    print("NameError:", e)
config = {"debug": False}
def enable():
    config["debug"] = True
enable()
print(config)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
total = 0
for n in range(5):
    total += n
print(total, n)
try:
    exec("def f():\n    x = 1\n    def g():\n        nonlocal y\n    return g")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("nonlocal z")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
