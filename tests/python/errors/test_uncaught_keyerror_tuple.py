# Uncaught KeyError with a tuple key after partial output; exit status 1 (stderr not compared).
table = {(0, 0): "origin"}
for key in [(0, 0), (1, 2)]:
    print(key, "->", table[key])
