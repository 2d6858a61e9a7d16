# compare: stderr
# Statement positions: augmented assignment, stores, assert with a comparison.
def check(values):
    total = 0
    for v in values:
        total += v
    assert total == 10, f'total is {total}'


try:
    check([1, 'a'])
except TypeError as e:
    print(e)
counts = {}
try:
    counts['x'] += 1
except KeyError as e:
    print('KeyError', e)
check([1, 2])
