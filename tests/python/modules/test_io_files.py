# open() and io: text/binary modes, newline handling, seek/tell, truncate, errors; StringIO, BytesIO.
import io
import os

name = "tmp_io_files.txt"

def attempt(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

with open(name, "wb") as f:
    print(f.write(b"one\r\ntwo\rthree\nfour"), f.tell(), f.mode, type(f).__name__)
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(f.readlines())
with open(name, newline="\r\n") as f:
    print(f.readlines())
with open(name, newline="\n") as f:
    print(list(f))
with open(name, newline="\r") as f:
    print(list(f))
with open(name) as f:
    print(repr(f.read(4)), f.tell(), repr(f.readline()), repr(f.read(1)), repr(f.read(100)), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.seek(0, 2), repr(f.read()))
with open(name, "rb") as f:
    print(f.read(3), f.tell(), f.readline(), f.readline(2), f.seek(-4, 2), f.read(), f.seek(2), f.read(3), f.seek(1, 1), f.read())
    print(f.readable(), f.writable(), f.seekable(), f.fileno() > 2, f.isatty(), f.closed, f.name)
with open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", encoding="latin-1") as f:
    print(f.write("café ü"), f.encoding)
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read())
attempt("utf8-invalid", lambda: open(name, encoding="utf-8").read())
with open(name, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
text = "".join(f"line {i} é日本𝔘\n" for i in range(3000))
with open(name, "w") as f:
    f.write(text)
with open(name) as f:
    lines = f.readlines()
print(len(lines), lines[-1], sum(len(l) for l in lines) == len(text))
with open(name) as f:
    chunks = []
    while True:
        c = f.read(7)
        if not c:
            break
        chunks.append(c)
print("".join(chunks) == text, len(chunks))
with open(name) as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(pos, f.readline() == second, repr(second))
with open(name, "r+") as f:
    f.seek(5)
    f.write("X")
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(20), f.tell())
with open(name) as f:
    print(repr(f.read()))
with open(name, "a+") as f:
    print(f.tell())
    f.write("tail")
    f.seek(0)
    print(repr(f.read()))
with open(name, "w+b") as f:
    f.write(b"abcdef")
    f.seek(2)
    print(f.read(2), f.tell(), f.mode)
    f.seek(10)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.mode, repr(f)[:14])
print(repr(open(name, "rb")).startswith("<_io.BufferedReader name="))
f = open(name, "a", encoding="utf-8")
print(repr(f), f.tell())
f.close()
print(f.closed)
attempt("closed-write", f.write, "x")
attempt("closed-iter", iter, f)
attempt("closed-enter", f.__enter__)
f.close()
with open(name, "w") as f:
    attempt("not-readable", f.read)
    attempt("not-readable2", f.readlines)
    attempt("write-bytes", f.write, b"x")
    attempt("seek-cur", f.seek, 1, 1)
    attempt("seek-neg", f.seek, -1)
    attempt("seek-whence", f.seek, 0, 3)
with open(name, "rb") as f:
    attempt("not-writable", f.write, b"x")
    attempt("truncate-ro", f.truncate)
    attempt("write-str", f.write, "x")
    attempt("seek-neg-b", f.seek, -1)
with open(name) as f:
    attempt("not-writable-t", f.write, "x")
for args in [([1],), (name, "rw"), (name, "rbt"), (name, "r", 0), (name, "r", -1, "nope"),
             (name, "r", -1, None, None, "x"), (name, 5), (name, "rb", -1, "utf-8"),
             (name, "rb", -1, None, "strict"), (name, "rb", -1, None, None, ""), (".",), (".", "w"),
             ("no_such_dir/x", "w"), (name, "r", -1, None, None, 5), (1.5,), (name, "rr"), (name, "b")]:
    try:
        g = open(*args)
        print("ok", type(g).__name__)
        g.close()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", "-"), getattr(e, "filename", "-"))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with open(name, "rb") as f:
    print(isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
with open(name) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.TextIOWrapper), isinstance(f, io.RawIOBase))
fd = os.open(name, os.O_RDONLY)
with open(fd, "rb") as f:
    print(f.name == fd, f.read(3))
os.remove(name)

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(2)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s = io.StringIO("a\nb\r\nc\rd")
print(s.readlines(), list(io.StringIO("x\ny")), io.StringIO("a\r\nb", newline=None).getvalue() == "a\nb")
print(io.StringIO("a\rb\r\nc", newline="").readlines(), io.StringIO("a\nb", newline="\r\n").getvalue() == "a\r\nb")
print("captured", file=s)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), type(s).__name__)
with io.StringIO("ctx") as s2:
    print(s2.read())
attempt("closed-sio", s2.getvalue)
attempt("sio-int", io.StringIO().write, 5)
attempt("sio-init", io.StringIO, 5)
attempt("sio-seek", io.StringIO().seek, -1)
attempt("sio-seek-cur", io.StringIO().seek, 1, 1)
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.tell(), b.seek(-2, 2), b.read())
print(b.write(b"XYZ"), b.getvalue(), b.seek(0), b.truncate(2), b.getvalue())
attempt("bio-str", b.write, "s")
b.seek(5)
b.write(b"!")
print(b.getvalue(), isinstance(b, io.BufferedIOBase))
