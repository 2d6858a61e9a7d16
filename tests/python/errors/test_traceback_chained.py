# compare: stderr
# Chained exceptions: "During handling..." and "The above exception was the direct cause..." sections.
def fetch():
    raise KeyError("token")

def wrapper():
    try:
        fetch()
    except KeyError as e:
        raise RuntimeError("fetch failed") from e

try:
    wrapper()
except RuntimeError:
    raise ValueError("giving up")
