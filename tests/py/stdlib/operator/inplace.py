import operator

a = [1, 2]
b = operator.iadd(a, [3])
print(a, b, a is b)
s = "ab"
t = operator.iadd(s, "c")
print(s, t)
x = 10
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]:
    print(name, getattr(operator, name)(x, 3))
st = {1, 2}
print(operator.iand(st, {2, 3}), st, operator.ior(st, {9}), st, operator.ixor(st, {2}), operator.isub(st, {9}), st)
l = [0]
print(operator.imul(l, 3), l, operator.iconcat(l, (5,)), l)
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, other):
        self.v.append(other)
        return self
    def __imatmul__(self, other):
        return "imatmul"
acc = Acc()
print(operator.iadd(acc, 1) is acc, operator.iadd(acc, 2).v, operator.imatmul(acc, 0))
for args in [(1, [1]), ("a", 1)]:
    try:
        operator.iconcat(*args)
    except TypeError as e:
        print("TypeError", e)
