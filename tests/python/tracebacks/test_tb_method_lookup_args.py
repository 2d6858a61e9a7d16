# compare: stderr
# A failed method lookup whose arguments are calls: raised at the attribute, before the
# arguments run.
def noisy():
    print("argument evaluated")
    return 1


class Holder:
    pass


def use(h):
    return h.run(noisy(),
                 key=noisy())


use(Holder())
