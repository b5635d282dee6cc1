print(len("abc"))
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))

import builtins
original = builtins.print
def loud(*args, **kwargs):
    original(*[str(a).upper() for a in args], **kwargs)
builtins.print = loud
print("quiet words", 1)
builtins.print = original
print("back to normal")

def uses_max(values):
    return max(values)
print(uses_max([3, 9, 2]))
