# Runaway recursion through a dunder method reached from a builtin: how many frames the traceback
# holds and which operation meets the limit depend on the recursion levels CPython 3.11 counts
# (int/str/bytes/complex/zip calls go through _PyObject_MakeTpCall; a builtin __format__ is a
# counted call; loops quicken a code object as calls do).
import traceback


class Looping:
    def __index__(self):
        return int(self)

    def __int__(self):
        return int(self)

    def __str__(self):
        return str(self)

    def __iter__(self):
        return zip(self)

    def __bytes__(self):
        return bytes(self)

    def __complex__(self):
        return complex(self)


class FormatsItself:
    def __repr__(self):
        return f"FormatsItself({self})"


class ReprsItself:
    def __repr__(self):
        return "ReprsItself(" + repr(self) + ")"


def depth_and_message(thunk):
    try:
        thunk()
    except RecursionError as e:
        return len(traceback.extract_tb(e.__traceback__)), str(e)


for expr in ["int(Looping())", "str(Looping())", "zip(Looping())", "bytes(Looping())",
             "complex(Looping())", "bytearray(Looping())", "list(Looping())", "tuple(Looping())",
             "print(FormatsItself())", "format(FormatsItself())", "str(ReprsItself())"]:
    print(expr, *depth_and_message(lambda: eval(expr)))

print("str(ReprsItself())", *depth_and_message(lambda: str(ReprsItself())))
print(str(ReprsItself()))
