a = {1: 2 for x in y}
b = {x for x in y}
c = {**a, **b}
d = {(1, 2): [3, 4]}
e = {None: ..., True: False}
