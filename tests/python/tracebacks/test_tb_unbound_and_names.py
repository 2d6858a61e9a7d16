# compare: stderr
# Name errors are located at the name.
def outer():
    def inner():
        return value + 1
    try:
        inner()
    except NameError as e:
        print(e)
    value = 1
    return missing_name * value


outer()
