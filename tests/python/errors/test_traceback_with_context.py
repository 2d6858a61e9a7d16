# compare: stderr
# An exception raised inside an except block without `from`: both tracebacks are printed.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"expected a numeric string, got {s!r}")

print(parse("12"))
print(parse("x"))
