# += on lists mutates in place; on tuples it builds a new tuple.
import sys


class E:
    pass


e = E()
lst = [e]
alias = lst
lst += [e]
print("list += keeps identity:", lst is alias, sys.getrefcount(e))
t = (e,)
talias = t
t += (e,)
print("tuple += makes a new tuple:", t is talias, sys.getrefcount(e))
del talias
print("old tuple released:", sys.getrefcount(e))
s = {e}
s |= {e}
print("set |= with same member:", sys.getrefcount(e))
