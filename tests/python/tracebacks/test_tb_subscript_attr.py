# compare: stderr
# Subscripts (~ for the value, ^ for the brackets), attribute and method lookups.
def lookup(d):
    return d [ 'a' ] ['b']


def method(obj):
    return obj.missing_method(1, 2)


try:
    lookup({'a': {}})
except KeyError as e:
    print('KeyError', e)
try:
    method([])
except AttributeError as e:
    print(e)
x = {'a': {'b': [1]}}
print(x['a']['b'][0])
x['a']['b'][3] = 1
