# sys._getframe().f_lineno read at once is the line of the call (a frame object is a
# snapshot here: reading it on a later line still gives the call's line, unlike CPython).
import sys


def where():
    return sys._getframe().f_lineno, sys._getframe().f_code.co_name


print(where())
print(sys._getframe().f_lineno)
line = (
    sys._getframe().f_lineno
)
print(line)


def nested():
    def inner():
        return sys._getframe().f_lineno
    return inner(), sys._getframe().f_lineno


print(nested())
