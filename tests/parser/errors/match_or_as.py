match x:
    case str() as s | bytes() as s: pass
