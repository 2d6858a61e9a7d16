# compare: stderr
# One traceback whose frames show each kind of position marker CPython 3.11 draws.
class Store:
    def __init__(self):
        self.data = {'k': [1, 2]}

    @property
    def item(self):
        return self.data['k'][5]


def collect(store):
    return [store.item for _ in range(1)]


def total(store):
    return sum(collect(store)) + 1


def main():
    print('start')
    value = total(Store()) * 2
    print(value)


main()
