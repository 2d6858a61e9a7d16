a = b if c else d
a = (b if c else d) if e else f
a = b if (c if d else e) else f
a = lambda: b if c else d
a = [b if c else d for e in f]
a = b if c else lambda: d
