from circ_d import d_func
def c_func():
    return "c"
