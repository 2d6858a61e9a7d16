match x:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(x, y=z,):
        pass
    case Point(x=Point(y=[1, 2])):
        pass
    case int() | str():
        pass
    case A(b=c) as d:
        pass
