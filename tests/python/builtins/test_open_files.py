# open(): write, append, read, readline(s), iteration, modes, with-statement; file removed at the end.
import os
name = "tmp_open_files_test.txt"
with open(name, "w") as f:
    print(type(f).__name__, f.mode, f.name, f.closed)
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
    print("wrote", n)
print(f.closed)
with open(name) as f:
    content = f.read()
print(repr(content), len(content))
with open(name, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(name, "a") as f:
    f.write("\nappended é 日本")
with open(name, encoding="utf-8") as f:
    print(f.read().splitlines())
with open(name, "rb") as f:
    raw = f.read()
print(type(raw).__name__, len(raw), raw[-12:])
with open(name, "wb") as f:
    f.write(bytes(range(10)))
with open(name, "rb") as f:
    print(f.read(4), f.read(), f.read())
with open(name, "w") as f:
    print("via print", 1, 2, file=f)
    print("second print", file=f, end="|")
with open(name) as f:
    print(repr(f.read()))
f = open(name)
print(f.read(3))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(os.path.exists(name))
os.remove(name)
print(os.path.exists(name))
try:
    open(name)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open(name, "zz")
except ValueError as e:
    print("ValueError:", e)
with open(name, "x") as f:
    f.write("exclusive")
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
with open(name, "r+") as f:
    f.write("EX")
    f.seek(0)
    print(f.read(), f.tell())
os.remove(name)
print("cleaned up", os.path.exists(name))
