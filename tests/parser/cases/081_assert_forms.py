assert isinstance(x, int), f"bad {x!r}"
assert not x
assert (a
        and b)
