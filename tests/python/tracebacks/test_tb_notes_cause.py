# compare: stderr
# raise ... from ...: the cause is printed first; notes follow the message.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        err = RuntimeError(f'cannot parse {text!r}')
        err.add_note('while reading the configuration')
        raise err from e


parse('abc')
