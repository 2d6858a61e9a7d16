# StringIO and BytesIO: operations on a closed stream (which ones raise, with which of
# CPython's two messages), readlines() size hints, iteration, capability queries.
import io


def attempt(f):
    try:
        r = f()
        return "ok" if r is None or hasattr(r, "__next__") else repr(r)
    except ValueError as e:
        return "ValueError: %s" % e
    except io.UnsupportedOperation as e:
        return "UnsupportedOperation: %s" % e


for cls, data in ((io.StringIO, "a\nb\nc"), (io.BytesIO, b"a\nb\nc")):
    print(cls.__name__)
    for h in (None, -1, 0, 1, 2, 3, 4, 5, 6):
        print("  readlines(%r)" % (h,), cls(data).readlines(h))
    s = cls(data)
    print("  queries", s.readable(), s.writable(), s.seekable(), s.isatty(), s.tell(), s.closed)
    print("  lines", list(s), s.tell())
    s.seek(0)
    s.writelines([data[:2], data[:2]])
    print("  after writelines", s.getvalue(), s.tell())
    with cls(data) as t:
        print("  in with", next(t), t.closed)
    print("  closed", t.closed)
    for name, call in [
        ("read", lambda: t.read()), ("readline", lambda: t.readline()), ("readlines", lambda: t.readlines()),
        ("readable", t.readable), ("writable", t.writable), ("seekable", t.seekable), ("isatty", t.isatty),
        ("flush", t.flush), ("tell", t.tell), ("seek", lambda: t.seek(0)), ("truncate", lambda: t.truncate()),
        ("write", lambda: t.write(data[:1])), ("writelines", lambda: t.writelines([])), ("getvalue", t.getvalue),
        ("iter", lambda: iter(t)), ("next", lambda: next(t)), ("enter", lambda: t.__enter__()), ("fileno", t.fileno),
        ("close again", t.close),
    ]:
        print("  %-11s %s" % (name, attempt(call)))
