import functools

@functools.singledispatch
def fun(arg, verbose=False):
    return f"default {arg!r} {verbose}"

@fun.register
def _(arg: int, verbose=False):
    return f"int {arg}"

@fun.register
def _(arg: list, verbose=False):
    return f"list of {len(arg)}"

@fun.register(float)
@fun.register(complex)
def _(arg, verbose=False):
    return f"number {arg}"

def nothing(arg, verbose=False):
    return "none!"
fun.register(type(None), nothing)

print(fun("x"), fun(3), fun(True), fun([1, 2]), fun(1.5), fun(2j), fun(None), fun(3, verbose=True))
print(fun.dispatch(int).__name__, fun.dispatch(bool).__name__, fun.dispatch(dict).__name__, fun.dispatch(float) is fun.dispatch(complex))
print(sorted(k.__name__ for k in fun.registry.keys()), fun.registry[object] is fun.__wrapped__, fun.__name__)
class MyList(list):
    pass
print(fun(MyList([1])), fun.dispatch(MyList).__name__)
try:
    fun()
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: fun.register(1, nothing), lambda: fun.register(lambda x: x), lambda: fun.register("notaclass")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0])
def bad_ann(x: "int"):
    pass
try:
    fun.register(lambda x: x)
except TypeError as e:
    print("TypeError", str(e).split(" at 0x")[0])
def not_class(arg: 5):
    pass
try:
    fun.register(not_class)
except TypeError as e:
    print("TypeError", e)
@fun.register
def _(arg: int | str):
    return "union"
print(fun(1), fun("s"), fun(2.0))
print(type(fun.registry).__name__)
