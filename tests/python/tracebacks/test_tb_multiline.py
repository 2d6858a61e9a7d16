# compare: stderr
# Positions spanning lines are underlined to the end of their first line.
def parts(n):
    return {'n': n}


def build(n):
    result = (
        parts(n)['n'] +
        'suffix'
    )
    return result


print(build(
    3))
