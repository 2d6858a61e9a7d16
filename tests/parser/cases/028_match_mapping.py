match x:
    case {}:
        pass
    case {'a': 1}:
        pass
    case {'a': 1, 'b': b}:
        pass
    case {'a': _, **rest}:
        pass
    case {**rest}:
        pass
    case {1: a, -1: b, None: c, True: d, x.y: e}:
        pass
    case {'a': [1, 2], 'b': {'c': d}}:
        pass
