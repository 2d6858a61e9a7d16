# compare: stderr
# A bare raise adds no entry for its own frame; `raise e` does.
def handler():
    raise


def again(e):
    raise e


try:
    try:
        int('x')
    except ValueError as e:
        again(e)
except ValueError:
    handler()
