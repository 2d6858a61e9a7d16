# time: struct_time, gmtime/strftime/asctime/strptime on fixed timestamps, errors; no readings printed.
import time

t = time.gmtime(1234567890)
print(t)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[2:5], list(t) == list(tuple(t)))
print(time.strftime("%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %e %T %D %F %R %G %g %V %u %C %h", t))
print(time.strftime("%Z %z", t), time.strftime("%Q %", t), time.strftime("", t))
print(time.asctime(t), time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
for ts in [0, 86399, 86400, 951782400, 1709251199, 4102444800, -86400, -1.5, 1.9, 2 ** 33]:
    g = time.gmtime(ts)
    print(ts, tuple(g), time.strftime("%Y-%m-%d %H:%M:%S %j %U %W %V %G", g))
for date in ["2021-01-03", "2020-12-31", "2027-01-01", "2016-01-01", "2008-12-29"]:
    st = time.strptime(date, "%Y-%m-%d")
    print(date, tuple(st), time.strftime("%a %V %G %u %w", st))
print(time.strptime("30 Nov 00", "%d %b %y"))
print(time.strptime("Tue Mar  5 14:03:07 2024"))
print(time.strptime("7:05 PM", "%I:%M %p")[3:5], time.strptime("12:30 AM", "%I:%M %p")[3:5])
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_yday, s.tm_zone, isinstance(s, tuple), type(s).__name__, time.struct_time.__module__)
print(time.mktime(time.localtime(86400 * 365)) == 86400 * 365, type(time.mktime(time.localtime())).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), type(time.localtime().tm_isdst).__name__)

def attempt(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(time.sleep, "x")
attempt(time.sleep, -1)
attempt(time.sleep, float("nan"))
attempt(time.sleep, None)
attempt(time.gmtime, 1e20)
attempt(time.gmtime, "x")
attempt(time.strftime, "%Y", (1,))
attempt(time.strftime, "%Y", [2000, 1, 1, 0, 0, 0, 0, 1, 0])
attempt(time.strftime, "%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))
attempt(time.strftime, "%Y %m %d", (2000, 0, 0, 0, 0, 0, 0, 0, 0))
attempt(time.strftime, 5)
attempt(time.struct_time, (1, 2))
attempt(time.strptime, "2020-13-01", "%Y-%m-%d")
attempt(time.strptime, "2020-02-30", "%Y-%m-%d")
attempt(time.strptime, "2020-01-01x", "%Y-%m-%d")
attempt(time.strptime, "abc", "%Y")
time.sleep(0)
time.sleep(0.001)
print(isinstance(time.time(), float), isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int))
print(time.process_time() >= 0, time.thread_time() >= 0, type(time.process_time_ns()).__name__)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
a = time.monotonic_ns(); b = time.monotonic_ns()
print(b >= a, abs(time.time() - time.time_ns() / 1e9) < 1)
