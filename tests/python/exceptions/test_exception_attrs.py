# Exception objects: args, with_traceback, __traceback__ presence, add_note (3.11), str of various args.
e = ValueError("a", 2, None)
print(e.args, str(e), repr(e), len(e.args))
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError()), str(KeyError(("t",))), repr(KeyError("x")))
print(str(IndexError()), repr(IndexError()), str(Exception("single")), str(Exception(("tuple", 1))))
try:
    raise ValueError("tb test")
except ValueError as err:
    print(err.__traceback__ is not None, type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
    saved = err
print(saved.args, saved.__traceback__ is not None)
e2 = RuntimeError("fresh")
print(e2.__traceback__, e2.__cause__, e2.__context__, e2.__suppress_context__)
e3 = e2.with_traceback(None)
print(e3 is e2)
n = ValueError("with note")
n.add_note("first note")
n.add_note("second note")
print(n.__notes__, str(n))
try:
    n.add_note(5)
except TypeError as te:
    print("TypeError:", te)
class WithArgs(Exception):
    pass
w = WithArgs()
w.custom = "attribute"
print(w.custom, w.args, repr(w), str(w) == "")
print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
print(StopIteration(7).value, KeyboardInterrupt().args, GeneratorExit.__mro__[1].__name__)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
s = SyntaxError("bad syntax", ("file.py", 3, 5, "x = = 1\n", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
a = AttributeError("msg", name="attr", obj=None)
print(a.name, a.obj, str(a))
ne = NameError("nm", name="xyz")
print(ne.name, str(ne))
im = ImportError("cannot import", name="mod", path="/p")
print(im.name, im.path, im.msg, str(im))
try:
    {}["k"]
except KeyError as ke:
    print(type(ke.args[0]).__name__, ke.args)
try:
    [1].undefined_method
except AttributeError as ae:
    print(ae.name, type(ae.obj).__name__)
