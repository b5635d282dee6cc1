def await():
    pass
