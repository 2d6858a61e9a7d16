# comment at top
x = 1  # trailing comment
# comment between

    # indented comment
def f():
    # comment in function
    pass
    # comment after
# dedented comment
y = 2
