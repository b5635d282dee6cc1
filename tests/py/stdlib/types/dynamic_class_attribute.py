# types.DynamicClassAttribute routes class access to __getattr__
import types


class Meta(type):
    def __getattr__(cls, name):
        return f"class-level {name}"


class C(metaclass=Meta):
    @types.DynamicClassAttribute
    def attr(self):
        return "instance-level"


print(C().attr, C.attr)


def gen():
    yield 1


@types.coroutine
def legacy():
    yield


print(types.coroutine(gen) is gen, type(legacy()).__name__)
