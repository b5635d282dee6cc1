# A __bases__ assignment refuses a type that cannot be subclassed with the message a class
# statement gives (CPython's best_base checks it for both).
import types

class Plain:
    pass

class Other:
    pass

for base in (bool, type(None), types.FunctionType, range, slice, memoryview):
    for bases in ((base,), (object, base), (base, object), (Other, base)):
        try:
            Plain.__bases__ = bases
            print("assigned", bases)
        except TypeError as e:
            print(base.__name__, len(bases), e)
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("class statement:", e)
print(Plain.__bases__, Plain.__mro__)
