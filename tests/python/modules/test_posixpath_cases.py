# posixpath on many literal inputs (str and bytes), relpath/commonpath/realpath with symlinks and loops.
import os
import posixpath as pp

samples = ["", ".", "..", "/", "//", "///", "////a", "a", "a/", "a//", "/a", "//a", "///a/b/", "a/b", "a/./b", "a/../b",
           "../a", "../../a/..", "a/b/../../..", "/..", "/../a", "//..", "./.", "a/.b", ".a.b", "a.b.c/", "a/b.c.d",
           "..b", "a/..c", "...", "a/...b", "x/./../y//z/.", "/usr/local/../lib/./python3/"]
for s in samples:
    print(repr(s), pp.normpath(s) if s else pp.normpath(s), pp.split(s), pp.splitext(s), pp.basename(s), pp.dirname(s), pp.isabs(s))
for s in samples[:12]:
    b = s.encode()
    print(pp.normpath(b), pp.split(b), pp.splitext(b), pp.dirname(b), pp.join(b, b"x"))
print(pp.join("a"), pp.join("a", "b", "/c", "d"), pp.join("/", "x"), pp.join("a/", "/"), pp.join("", ""), pp.join(b"a", b"b"))
for a, b in [("a", b"b"), (b"a", "b"), ("a", 3)]:
    try:
        pp.join(a, b)
    except TypeError as e:
        print("TypeError:", e)
print(pp.relpath("/a/b/c", "/a"), pp.relpath("/a", "/a/b/c"), pp.relpath("/x/y", "/a/b"), pp.relpath("/a", "/a"), pp.relpath(b"/a/b", b"/a"))
try:
    pp.relpath("")
except ValueError as e:
    print("ValueError:", e)
print(pp.commonpath(["/usr/lib", "/usr/local/lib"]), pp.commonpath(["a/b/c", "a/b/d", "a/./b/e"]), pp.commonpath(["/a"]), repr(pp.commonpath(["x", "y"])))
for bad in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        pp.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(pp.commonprefix(["interstellar", "internet", "interval"]), repr(pp.commonprefix([])), pp.commonprefix([["a", "b"], ["a", "c"]]))
print(pp.expanduser("~nosuchuserxyz/x"), pp.expanduser("x~"), pp.expandvars("$NOPE_VAR ${NOPE_VAR} $ ${} $1abc"))
d = "tmp_posixpath_dir"
os.mkdir(d)
os.mkdir(pp.join(d, "real"))
os.symlink("real", pp.join(d, "link"))
os.symlink("loop2", pp.join(d, "loop1"))
os.symlink("loop1", pp.join(d, "loop2"))
os.symlink("missing", pp.join(d, "dangling"))
cwd = os.getcwd()
print(pp.realpath(pp.join(d, "link")) == pp.join(cwd, d, "real"), pp.realpath(pp.join(d, "link", "..", "link", "x")) == pp.join(cwd, d, "real", "x"))
print(pp.realpath(pp.join(d, "loop1", "a")) == pp.join(cwd, d, "loop1", "a"), pp.realpath(pp.join(d, "dangling")) == pp.join(cwd, d, "missing"))
print(pp.islink(pp.join(d, "link")), pp.isdir(pp.join(d, "link")), pp.exists(pp.join(d, "dangling")), pp.lexists(pp.join(d, "dangling")))
print(pp.samefile(pp.join(d, "link"), pp.join(d, "real")), pp.ismount("/"), pp.ismount(d))
for n in ["link", "loop1", "loop2", "dangling"]:
    os.remove(pp.join(d, n))
os.rmdir(pp.join(d, "real"))
os.rmdir(d)
print(pp.exists(d))
