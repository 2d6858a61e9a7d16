match = [1]
match[0] = 2
