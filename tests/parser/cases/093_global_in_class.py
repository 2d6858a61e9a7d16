class A:
    global g
    g = 1
    x = [g for _ in range(3)]
