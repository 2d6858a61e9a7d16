# An uncaught exception raised three calls deep, after some output.
def parse(text):
    print("parsing", repr(text))
    return int(text)
def load(items):
    return [parse(x) for x in items]
def main():
    print("total:", sum(load(["1", "2", "3"])))
    print("total:", sum(load(["4", "five", "6"])))
main()
