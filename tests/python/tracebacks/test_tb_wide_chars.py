# compare: stderr
# Markers under non-ASCII source: accented letters take one column, CJK characters two.
def greet(name):
    s = 'héllo'; return s + name


def tag(name):
    d = {'日本': 1}; return d['日本語'] + name


try:
    greet(1)
except TypeError as e:
    print(e)
tag(1)
