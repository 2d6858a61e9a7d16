# print() with sep, end, file=sys.stderr, flush; stdout write; ordering of stdout only matters.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print("x", end="")
print("y", end="")
print()
print(*range(5), sep="-", end=".\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("", end="")
print("multi\nline\ttab")
print(sep="ignored")
print("sep None", "end None", sep=None, end=None)
r = sys.stdout.write("written directly\n")
print(r)
sys.stdout.write("no newline via write")
sys.stdout.write("\n")
print("é", "日本", "😀")
class Custom:
    def __str__(self):
        return "custom-str"
print(Custom(), [Custom()][0])
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
col = Collector()
print("into", "collector", file=col)
print("again", end="", file=col, flush=True)
print(col.parts)
print(print("inner"))
