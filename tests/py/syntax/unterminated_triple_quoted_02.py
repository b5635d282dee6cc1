def f():
    '''docstring
    return 1
