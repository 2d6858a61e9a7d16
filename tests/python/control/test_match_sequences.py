# match statement: sequence patterns with stars, nesting, and type-restricted captures.
def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case [first, *_, last]:
            return f"first {first} last {last}"
for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3], [1, 2, 3, 4, 5], range(7), "ab", b"ab", {1: 2}, iter([1])]:
    try:
        print(repr(s) if not hasattr(s, "__next__") else "iterator", "->", describe(s))
    except Exception as e:
        print(type(e).__name__, e)
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "bad direction"
        case ["take", item, *more] if not more:
            return f"taking {item}"
        case ["take", *items]:
            return f"taking {len(items)} items: {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "say something"
for c in ["go north", "go up", "take lamp", "take lamp key rope", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", command(c))
def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case (int(x), int(y)):
            return f"int point {x},{y}"
        case (float() | int() as x, float() | int() as y):
            return f"numeric point {x},{y}"
        case [[a, b], [c, d]]:
            return f"matrix {a * d - b * c}"
        case _:
            return "not a point"
for p in [(0, 0), (0, 3), (4, 0), (1, 2), (1.5, 2), [[1, 2], [3, 4]], (1, 2, 3), "xy", ("a", "b")]:
    print(p, "->", point(p))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a, b, c, d)
match (1, 2, 3):
    case [*all_items]:
        print("star captures list", all_items, type(all_items).__name__)
