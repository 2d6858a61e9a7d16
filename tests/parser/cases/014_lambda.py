lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1, y=2: x
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda x, *, y: 0
lambda x, *, y=1, z: 0
lambda x, /, y: 0
lambda x=1, /, y=2: 0
lambda x, /: 0
lambda x, /, *, y: 0
lambda *, x: 0
lambda: (yield)
lambda x: lambda y: x + y
lambda a, b=1, *c, d, e=2, **f: 0
