# compare: stderr
# A finally block runs with the exception as the handled one: a new exception raised
# there gets it as __context__; the entry of the first exception is its raising line.
def close(resource):
    raise OSError(f'cannot close {resource}')


def work():
    try:
        return {}['missing']
    finally:
        close('db')


work()
