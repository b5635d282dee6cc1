import operator

ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]
for name in ops:
    f = getattr(operator, name)
    print(name, f(12, 5), f(7, 2), f(True, 3))
print(operator.neg(5), operator.pos(-3), operator.abs(-7.5), operator.inv(5), operator.invert(0), operator.index(10))
print(operator.truediv(1, 3), operator.mod(-7, 3), operator.floordiv(-7, 2), operator.pow(2, -1), operator.pow(3.0, 2))
print(operator.add("ab", "cd"), operator.mul("ab", 3), operator.mul([1], 2), operator.add([1], [2]), operator.mod("%s-%d", ("x", 3)))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}), operator.sub({1, 2}, {1}))
class M:
    def __matmul__(self, other):
        return ("matmul", other)
    def __rmatmul__(self, other):
        return ("rmatmul", other)
print(operator.matmul(M(), 1), operator.matmul(1, M()))
for name, args in [("add", (1, "a")), ("matmul", (1, 2)), ("truediv", (1, 0)), ("index", (1.5,)), ("neg", ("x",)), ("add", (1,))]:
    try:
        print(getattr(operator, name)(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
