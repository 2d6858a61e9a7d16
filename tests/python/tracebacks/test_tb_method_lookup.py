# compare: stderr
# A failed method lookup is located at the attribute, a failed call at the whole call.
class Holder:
    pass


def use(h):
    h.run(
        1,
        2)


use(Holder())
