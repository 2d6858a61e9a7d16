f = lambda x=lambda: 1, *a, y=[1, 2], **k: (x, a, y, k)
g = lambda: lambda: lambda: 0
