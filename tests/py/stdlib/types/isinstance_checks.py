# isinstance against types.* for real objects
import sys
import types


def f():
    pass


def g():
    yield 1


async def c():
    pass


class K:
    def m(self):
        pass


co = c()
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance(g(), types.GeneratorType), isinstance(co, types.CoroutineType), isinstance(K().m, types.MethodType))
print(isinstance(f.__code__, types.CodeType), isinstance(K.__dict__, types.MappingProxyType), isinstance(None, types.NoneType))
print(isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
print(isinstance(sys._getframe(), types.FrameType), isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
co.close()
