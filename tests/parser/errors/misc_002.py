def f(:
    pass