# A priority task scheduler using a hand-written binary heap with stable tie-breaking and task dependencies.
class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(a):
                break
            if c + 1 < len(a) and a[c + 1] < a[c]:
                c += 1
            if a[c] < a[i]:
                a[i], a[c] = a[c], a[i]
                i = c
            else:
                break
        return top
    def __bool__(self):
        return bool(self.a)
tasks = {
    "compile": (2, 3, []),
    "fetch": (1, 2, []),
    "test": (2, 4, ["compile"]),
    "lint": (3, 1, ["fetch"]),
    "package": (1, 2, ["test", "lint"]),
    "docs": (5, 1, []),
    "deploy": (0, 1, ["package"]),
}
remaining = {name: set(deps) for name, (_, _, deps) in tasks.items()}
heap = MinHeap()
seq = 0
for name, deps in remaining.items():
    if not deps:
        heap.push((tasks[name][0], seq, name))
        seq += 1
clock = 0
order = []
while heap:
    prio, _, name = heap.pop()
    clock += tasks[name][1]
    order.append(name)
    print(f"t={clock:2} ran {name:8} (priority {prio})")
    for other, deps in remaining.items():
        if name in deps:
            deps.discard(name)
            if not deps:
                heap.push((tasks[other][0], seq, other))
                seq += 1
print(order, clock)
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(v)
print([h.pop() for _ in range(8)])
