match x:
    case [*]:
        pass
