# time: only relations between readings are printed, never the readings themselves.
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(t1 - t0 >= 0, m1 - m0 >= 0.005, p1 - p0 >= 0.005, type(t0).__name__, t0 > 1.6e9)
print(type(time.time_ns()).__name__, time.time_ns() > 10 ** 18, time.monotonic_ns() >= 0)
time.sleep(0)
lt = time.gmtime(0)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_wday, lt.tm_yday, tuple(lt)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.gmtime(1700000000).tm_year)
print(time.mktime(time.localtime(1000000)) == 1000000.0)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 10)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
