# A singly linked list class implementing the sequence protocol, iteration, reversal, equality and repr.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value, self.next = value, next
    def __init__(self, iterable=()):
        self.head = None
        self.length = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, value):
        self.head = self._Node(value, self.head)
        self.length += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.length -= 1
        return v
    def __len__(self):
        return self.length
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v
    def __contains__(self, x):
        return any(v == x for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 2 in ll, 9 in ll, list(ll), sum(ll))
ll.reverse()
print(ll, ll.pop(), ll, ll == LinkedList([2, 1, 0]), ll + LinkedList("ab"))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big), big[500:503])
print(sorted(LinkedList([3, 1, 2])), max(LinkedList("xyz")), [x * 2 for x in LinkedList((5, 6))])
