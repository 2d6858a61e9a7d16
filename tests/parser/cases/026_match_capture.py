match x:
    case a:
        pass
    case _:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case (a):
        pass
    case (1 | 2) as y:
        pass
    case a if a > 0:
        pass
    case _ if x:
        pass
