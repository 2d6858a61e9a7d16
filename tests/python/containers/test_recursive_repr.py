# repr of recursive and deeply nested containers.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"x": 1}
d["me"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
c = {}
c["list"] = [c, {"inner": c}]
print(c)
s = [[[[[[[[[[1]]]]]]]]]]
print(s)
deep = []
cur = deep
for i in range(30):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(deep)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(Node("leaf"))
print(root)
print([root, [child]])
x = [0]
y = [x, x]
print(y)
