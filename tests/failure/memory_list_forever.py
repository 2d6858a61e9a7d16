# Run with a small heap: the list grows until the heap is exhausted.
l = []
while True:
    l.append([0] * 1000)
