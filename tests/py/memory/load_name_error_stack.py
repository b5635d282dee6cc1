# A NameError from a module-level or class-body name lookup must not release the value an
# earlier instruction left in the same value-stack slot (here: a dict's tuple values).
import sys

k1 = 'f'; k2 = 'c'
table = {k1: (1, 0), k2: (0, 1)}
try:
    pair = (int, name_that_is_not_defined)
except NameError as e:
    pair = (int,)
    print("NameError:", e)
print(table, sys.getrefcount(table['f']), sys.getrefcount(table['c']))
for _ in range(3):
    try:
        (str, another_missing_name)
    except NameError:
        pass
print(table['f'], sys.getrefcount(table['f']))


class Holder:
    data = {k1: [1, 2], k2: [3]}
    try:
        both = (list, missing_in_class_body)
    except NameError:
        both = (list,)
    print(sys.getrefcount(data['f']), data)

print(Holder.data, Holder.both)

ns = {}
exec("m = {'a': 1, 'b': (9, 8)}\ntry:\n    x = (len, nope_nope)\nexcept NameError:\n    pass\n", ns)
print(ns['m'], sys.getrefcount(ns['m']['b']))
