# compare: stderr
# Unbounded recursion through repr(): RecursionError with CPython's message and depth.
class Node:
    def __repr__(self):
        return 'Node(' + repr(self) + ')'


print(repr(Node()))
