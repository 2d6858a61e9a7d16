a: int
b: int = 1
(c): int = 2
d.e: str
f[0]: list = []
g: 'forward' = None
h: tuple[int, ...] = (1, 2)
i: int = yield
