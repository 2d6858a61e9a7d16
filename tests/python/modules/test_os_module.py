# os and os.path: environment lookups with defaults, path manipulation, cwd relations, cpu_count.
import os
print(os.environ.get("PYRALLEL_SURELY_UNSET_VAR", "default value"), os.getenv("ANOTHER_UNSET_VAR_XYZ"))
print(os.environ.get("PYTHONHASHSEED"), "PATH" in os.environ, isinstance(os.environ, object))
os.environ["TEST_VAR_SET_BY_TEST"] = "value1"
print(os.environ["TEST_VAR_SET_BY_TEST"], os.getenv("TEST_VAR_SET_BY_TEST"))
del os.environ["TEST_VAR_SET_BY_TEST"]
print(os.environ.get("TEST_VAR_SET_BY_TEST", "gone"))
try:
    os.environ["SURELY_MISSING_ENV_KEY"]
except KeyError as e:
    print("KeyError:", e)
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a", ""))
print(os.path.basename("/usr/lib/file.tar.gz"), os.path.dirname("/usr/lib/file.tar.gz"), os.path.basename("dir/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".hidden"), os.path.splitext("a/b.c/d"))
print(os.path.split("/a/b/c"), os.path.split("file"), os.path.isabs("/x"), os.path.isabs("x"), os.path.normpath("a//b/../c/./d"))
print(os.sep, os.path.sep, os.curdir, os.pardir, os.linesep == "\n")
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.basename(cwd), os.path.exists(cwd), os.path.isdir(cwd), os.path.isfile(cwd))
print(os.path.exists("test_os_module.py"), os.path.isfile("test_os_module.py"), os.path.exists("no_such_file.xyz"))
print(os.path.abspath("test_os_module.py") == os.path.join(cwd, "test_os_module.py"))
print(os.path.dirname(os.path.abspath(__file__)) == cwd, os.path.basename(__file__))
print(os.cpu_count() > 0, type(os.cpu_count()).__name__, type(os.getpid()).__name__, os.name)
names = sorted(n for n in os.listdir(".") if n.startswith("test_exit"))
print(names)
d = "tmp_os_module_dir"
if os.path.isdir(d):  # left over by an interrupted run
    for leftover in os.listdir(d):
        os.remove(os.path.join(d, leftover))
    os.rmdir(d)
os.mkdir(d)
print(os.path.isdir(d), os.listdir(d))
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("x")
print(os.listdir(d), os.path.getsize(os.path.join(d, "f.txt")))
os.remove(os.path.join(d, "f.txt"))
os.rmdir(d)
print(os.path.exists(d))
