# compare: stderr
# Repeated frames collapse into "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        return [][0]
    return countdown(n - 1)


countdown(30)
