# match statement: literal patterns, or-patterns, wildcard, capture, value patterns, guards.
def http(status):
    match status:
        case 200:
            return "OK"
        case 301 | 302 | 307:
            return "redirect"
        case 404:
            return "not found"
        case 418:
            return "teapot"
        case code if 500 <= code < 600:
            return f"server error {code}"
        case _:
            return "unknown"
print([http(s) for s in [200, 302, 404, 418, 503, 999, 200.0, True]])
def kind(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case b"bytes":
            return "bytes literal"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case other:
            return f"other: {other!r}"
for v in [None, True, False, 0, 0.0, 1, "", "y", "yes", b"bytes", -1, 1.5, 2 + 3j, "no", [], 1]:
    print(repr(v), "->", kind(v))
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
def color_name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE as cool:
            return f"cool color {cool}"
        case _:
            return "?"
print([color_name(c) for c in range(5)])
def grade(score):
    match score:
        case n if n >= 90:
            return "A"
        case n if n >= 80:
            return "B"
        case n if n >= 70:
            return "C"
        case _:
            return "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
x = 5
match x:
    case 1:
        print("one")
print("no case matched, fell through")
match "abc":
    case str() as s if len(s) > 2:
        print("long string", s)
