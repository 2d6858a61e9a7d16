# os.path functions on literal paths (POSIX semantics): join, split, normpath, relpath, commonprefix, splitext.
import os.path as p
paths = ["/usr/local/bin/python3", "relative/dir/file.tar.gz", "/", "", ".", "..", "a/b/../c/./d/", "//double//slash",
         "/trailing/slash/", "file", ".bashrc", "dir.with.dots/name", "/a/b/c.d.e"]
for path in paths:
    print(repr(path), p.split(path), p.splitext(path), repr(p.basename(path)), repr(p.dirname(path)), repr(p.normpath(path)) if path else "''", p.isabs(path))
print(p.join("/a", "b", "c"), p.join("a", "/b", "c"), p.join("a", ""), p.join("", "x"), p.join("a/", "b"))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/a/b"))
print(p.commonprefix(["/usr/lib/x", "/usr/local/y"]), p.commonpath(["/usr/lib/x", "/usr/local/y"]))
print(p.normcase("MiXeD/Case"), p.splitdrive("/no/drive"), p.expanduser("no_tilde"))
print(p.exists("test_os_path_ops.py"), p.getsize("test_os_path_ops.py") > 100, p.isdir("."), p.isdir(".."), p.islink("."))
