import functools

class Negator:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @neg.register(str)
    def _(self, arg):
        return arg[::-1]

    @functools.singledispatchmethod
    @classmethod
    def cls_neg(cls, arg):
        return f"{cls.__name__} default"
    @cls_neg.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__} int {-arg}"

n = Negator()
print(n.neg(5), n.neg(True), n.neg("abc"), Negator.cls_neg(3), Negator.cls_neg("x"), n.cls_neg(1))
try:
    n.neg(1.5)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(n.neg.__name__, Negator.neg.__name__, type(Negator.__dict__["neg"]).__name__)
try:
    functools.singledispatchmethod(5)
except TypeError as e:
    print("TypeError", e)
