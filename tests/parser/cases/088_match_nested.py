match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] if direction in dirs:
        pass
    case ["drop", *objects]:
        pass
    case {"x": x, "y": y, **rest} if x > y:
        pass
    case Point(x=0, y=0) | Point(x=1, y=1):
        pass
    case [Point(x=0, y=0), *others]:
        pass
    case (str() as s) | (bytes() as s):
        pass
