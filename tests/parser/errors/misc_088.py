match x:
    case:
        pass