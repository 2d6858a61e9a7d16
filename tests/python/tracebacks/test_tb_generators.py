# compare: stderr
# An exception leaving a generator: the consumer's frame points at its for statement.
def numbers(limit):
    for i in range(limit):
        if i == 2:
            raise ValueError(f'bad number {i}')
        yield i


def consume():
    total = 0
    for n in numbers(5):
        total += n
        print('got', n)
    return total


consume()
