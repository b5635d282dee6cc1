# the types module names the interpreter's own types
import types

for n in sorted(types.__all__):
    v = getattr(types, n)
    if isinstance(v, type):
        print(n, v)
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
