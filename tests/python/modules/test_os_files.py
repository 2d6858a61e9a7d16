# os: files and directories through os.open/os.write, stat, scandir, walk, makedirs, errors, environ, fspath.
import os
import stat

base = "tmp_os_files_dir"
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror, e.filename)

def touch(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    n = os.write(fd, data)
    os.close(fd)
    return n

print(touch(os.path.join(base, "top.txt"), b"hello"), touch(os.path.join(base, "a", "mid.bin"), bytes(100)))
touch(os.path.join(base, "a", "b", "deep.txt"), b"")
fd = os.open(os.path.join(base, "top.txt"), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 10), os.read(fd, 10))
os.close(fd)

st = os.stat(os.path.join(base, "top.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print(st[6], len(st), isinstance(st, tuple), st.st_mtime_ns // 10 ** 9 == st[8], stat.filemode(os.stat(base).st_mode)[0])
print(stat.S_ISDIR(os.stat(base).st_mode), os.path.getsize(os.path.join(base, "a", "mid.bin")))

print(sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(base))))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], entries[0].path, repr(entries[0]))
print(entries[1].stat().st_size, os.fspath(entries[1]) == entries[1].path)

for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
print([r for r, d, f in os.walk(base, topdown=False)])

os.rename(os.path.join(base, "top.txt"), os.path.join(base, "renamed.txt"))
print(sorted(os.listdir(base)))
os.replace(os.path.join(base, "renamed.txt"), os.path.join(base, "a", "moved.txt"))
print(sorted(os.listdir(os.path.join(base, "a"))))

def attempt(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("stat-missing", os.stat, "no_such_file_here")
attempt("remove-missing", os.remove, "no_such_file_here")
attempt("rmdir-nonempty", os.rmdir, base)
attempt("rmdir-file", os.rmdir, os.path.join(base, "a", "mid.bin"))
attempt("mkdir-exists", os.mkdir, base)
attempt("listdir-file", os.listdir, os.path.join(base, "a", "mid.bin"))
attempt("listdir-missing", os.listdir, "no_such_dir_here")
attempt("remove-dir", os.remove, base)
attempt("stat-type", os.stat, 3.5)
attempt("stat-nul", os.stat, "a\0b")
attempt("fspath-int", os.fspath, 3)
attempt("urandom-neg", os.urandom, -1)

class P:
    def __fspath__(self):
        return base
print(os.fspath(P()), os.path.isdir(P()), os.fspath(b"x"), os.fsencode("é"), os.fsdecode(b"abc"))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.access(base, os.F_OK), os.access("nope", os.R_OK))

os.remove(os.path.join(base, "a", "mid.bin"))
os.unlink(os.path.join(base, "a", "moved.txt"))
os.remove(os.path.join(base, "a", "b", "deep.txt"))
os.removedirs(os.path.join(base, "a", "b"))
print(os.path.exists(base))

os.environ["PYRALLEL_TEST_ENV"] = "v1"
print(os.environ["PYRALLEL_TEST_ENV"], os.getenv("PYRALLEL_TEST_ENV"), "PYRALLEL_TEST_ENV" in os.environ)
print(os.environ.setdefault("PYRALLEL_TEST_ENV", "zz"), os.environ.pop("PYRALLEL_TEST_ENV"), os.environ.pop("PYRALLEL_TEST_ENV", "gone"))
attempt("environ-int", os.environ.__setitem__, "K", 5)
attempt("environ-missing", os.environ.__getitem__, "PYRALLEL_MISSING")
os.environ.update({"PYRALLEL_A": "1"}, PYRALLEL_B="2")
print(os.environ.get("PYRALLEL_A"), os.environ.get("PYRALLEL_B"), isinstance(os.environ.copy(), dict))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.path.expandvars("$PYRALLEL_A-${PYRALLEL_B}-$NOPE_X"))
print(os.get_exec_path() == os.environ["PATH"].split(":"), os.getcwd() == os.path.abspath("."), os.path.realpath(".") == os.getcwd())
print(os.path.relpath(os.getcwd(), os.path.dirname(os.getcwd())) == os.path.basename(os.getcwd()))
print(os.strerror(2), os.strerror(13), os.getpid() > 0, os.getppid() > 0, os.SEEK_END, os.extsep, os.pathsep, os.devnull)
