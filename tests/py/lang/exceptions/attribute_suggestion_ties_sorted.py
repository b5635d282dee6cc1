# "Did you mean" picks the first of equally close names in dir()'s sorted order, and dir()
# honours a class's own __dir__ (python3 calls PyObject_Dir).
import math
import sys


class EliminationOverAddition:
    blucha = None
    bluc = None


class Tied:
    zeta_count = 1
    beta_count = 2


class OwnDir:
    def __dir__(self):
        return ["velocity", "position"]


def show(thunk):
    try:
        thunk()
    except AttributeError:
        sys.__excepthook__(*sys.exc_info())


show(lambda: EliminationOverAddition().bluch)
show(lambda: Tied().eta_count)
show(lambda: OwnDir().velocty)
show(lambda: math.sqr)
show(lambda: Tied.zeta_cont)
Tied().xeta_count
