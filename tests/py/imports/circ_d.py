from circ_c import c_func
def d_func():
    return "d"
