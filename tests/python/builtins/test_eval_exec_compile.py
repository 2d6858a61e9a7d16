# eval, exec and compile with explicit namespaces.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"), eval(" 42 "), eval("\t7\n"))
ns = {"a": 10, "b": 3}
print(eval("a // b", ns), eval("a % b", {}, ns), eval("c", {"c": 1}, {"c": 2}))
print(sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
g = {}
exec("x = 5\ny = x * 2\ndef f(n):\n    return n + y\n", g)
print(g["x"], g["y"], g["f"](1), sorted(k for k in g if not k.startswith("__")))
loc = {}
exec("z = 1\nw = z + 1", {}, loc)
print(loc)
code = compile("sum(range(n))", "<expr>", "eval")
print(type(code).__name__, eval(code, {"n": 10}), eval(code, {"n": 101}))
code2 = compile("for i in range(3):\n    out.append(i * i)", "<loop>", "exec")
out = []
exec(code2, {"out": out})
print(out)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
print(exec("1 + 1"), eval("None"))
for bad in ["1 +", "def", "x = ", "(]"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name_here")
except NameError as e:
    print("NameError:", e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
counter = 0
def bump():
    global counter
    exec("counter += 1", globals())
bump()
bump()
print(counter)
def local_exec():
    v = 1
    exec("v = 2")
    return v
print(local_exec())
src = """
class Dyn:
    def hello(self):
        return "hi from exec'd class"
result = Dyn().hello()
"""
space = {}
exec(src, space)
print(space["result"], space["Dyn"].__name__, space["Dyn"].__module__ if "__name__" in space else "no module name")
print(eval("lambda q: q * 3")(7), eval("(1, 2)")[1], eval("{'k': [1, 2]}")["k"])
expr_ns = {"__builtins__": {}}
try:
    eval("len('abc')", expr_ns)
except NameError as e:
    print("NameError without builtins:", e)
print(eval("len('abc')", {"__builtins__": {"len": len}}))
