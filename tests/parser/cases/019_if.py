if a: pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a:
    if b:
        pass
    else:
        pass
if (x := f()) is not None: pass
if a: b; c
if a:
    pass
else:
    if b:
        pass
