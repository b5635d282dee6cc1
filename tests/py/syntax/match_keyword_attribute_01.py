match x:
    case C(x.y=1):
        pass
