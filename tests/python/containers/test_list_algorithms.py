# List-based algorithms: stack, queue, rotation, dedupe, flatten, chunking, binary search.
stack = []
for i in range(5):
    stack.append(i)
    print("push", i, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = list(range(5))
while queue:
    x = queue.pop(0)
    if x % 2 == 0 and x < 4:
        queue.append(x + 10)
    print("dequeue", x, queue)
def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print([rotate([1, 2, 3, 4, 5], k) for k in range(-2, 8)])
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2, 9]))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]]))
def chunks(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
print(chunks(list(range(11)), 3), chunks([], 2))
def bsearch(lst, target):
    lo, hi = 0, len(lst)
    while lo < hi:
        mid = (lo + hi) // 2
        if lst[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
sorted_lst = [1, 3, 3, 5, 8, 13, 21]
print([bsearch(sorted_lst, t) for t in [0, 1, 3, 4, 21, 22]])
ins = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    ins.insert(bsearch(ins, v), v)
    print(ins)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed, [[row[i] for row in matrix] for i in range(3)])
print(list(map(sum, matrix)), [sum(col) for col in zip(*matrix)])
window = [sum([3, 1, 4, 1, 5, 9, 2, 6][i:i + 3]) for i in range(6)]
print(window)
prefix = [0]
for v in [3, 1, 4, 1, 5]:
    prefix.append(prefix[-1] + v)
print(prefix, prefix[4] - prefix[1])
