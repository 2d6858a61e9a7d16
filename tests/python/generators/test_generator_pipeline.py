# Lazy generator pipelines over log lines: parse, filter, transform, aggregate, with evaluation order traced.
LOG = """2024-01-01 10:00:01 INFO  user=ann action=login
2024-01-01 10:00:05 WARN  user=bob action=retry
2024-01-01 10:01:00 ERROR user=bob action=crash code=500
2024-01-01 10:02:30 INFO  user=cid action=login
2024-01-01 10:03:00 ERROR user=ann action=timeout code=504
malformed line here
2024-01-01 10:04:00 INFO  user=ann action=logout"""
trace = []
def read_lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line
def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) < 4:
            trace.append("skip")
            continue
        date, time, level, *kv = parts
        rec = {"time": time, "level": level}
        rec.update(p.split("=", 1) for p in kv)
        trace.append("parse")
        yield rec
def only(level, recs):
    for r in recs:
        if r["level"] == level:
            yield r
errors = only("ERROR", parse(read_lines(LOG)))
print(trace)
first = next(errors)
print(first, trace)
rest = list(errors)
print(rest, len(trace))
by_user = {}
for r in parse(read_lines(LOG)):
    by_user.setdefault(r["user"], []).append(r["action"])
print(by_user)
codes = sum(int(r.get("code", 0)) for r in parse(read_lines(LOG)))
print(codes)
levels = {}
for r in parse(read_lines(LOG)):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)
print(max(parse(read_lines(LOG)), key=lambda r: r["time"])["action"])
