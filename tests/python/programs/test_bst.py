# A binary search tree with insert, delete, traversals, height, range queries, and iteration via generators.
class Node:
    __slots__ = ("key", "val", "left", "right")
    def __init__(self, key, val):
        self.key, self.val, self.left, self.right = key, val, None, None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, val=None):
        if self.root is None:
            self.root = Node(key, val)
            self.size += 1
            return
        n = self.root
        while True:
            if key == n.key:
                n.val = val
                return
            side = "left" if key < n.key else "right"
            child = getattr(n, side)
            if child is None:
                setattr(n, side, Node(key, val))
                self.size += 1
                return
            n = child
    def get(self, key):
        n = self.root
        while n and n.key != key:
            n = n.left if key < n.key else n.right
        if n is None:
            raise KeyError(key)
        return n.val
    def delete(self, key):
        def rec(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = rec(n.left, key)
            elif key > n.key:
                n.right = rec(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key, n.val = succ.key, succ.val
                n.right = rec(n.right, succ.key)
            return n
        self.root = rec(self.root, key)
        self.size -= 1
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right:
                stack.append(n.right)
            if n.left:
                stack.append(n.left)
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]
    def __len__(self):
        return self.size
    def __contains__(self, key):
        try:
            self.get(key)
            return True
        except KeyError:
            return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k, str(k))
print(list(t), t.preorder(), len(t), t.height(), t.range(33, 62))
print(t.get(45), 45 in t, 46 in t)
try:
    t.get(99)
except KeyError as e:
    print("KeyError:", e)
for k in [20, 30, 50, 999]:
    try:
        t.delete(k)
        print("deleted", k, list(t), t.preorder(), len(t))
    except KeyError as e:
        print("KeyError on delete:", e)
skewed = BST()
for k in range(1, 200):
    skewed.insert(k)
print(skewed.height(), len(skewed), sum(skewed))
balanced = BST()
def insert_balanced(lo, hi):
    if lo > hi:
        return
    mid = (lo + hi) // 2
    balanced.insert(mid)
    insert_balanced(lo, mid - 1)
    insert_balanced(mid + 1, hi)
insert_balanced(1, 1023)
print(balanced.height(), len(balanced), list(balanced)[:5], balanced.preorder()[:5])
