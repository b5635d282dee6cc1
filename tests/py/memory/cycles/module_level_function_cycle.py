# A function stored in a list that the function's defaults refer to.
import gc

gc.collect()
holder = []


def f(h=holder):
    return h


holder.append(f)
del f, holder
print("function <-> list via defaults:", gc.collect())
