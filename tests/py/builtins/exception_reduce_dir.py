import copy
e = ValueError(1, "two")
print(e.__reduce__(), ValueError().__reduce__())
e.x = 5
print(e.__reduce__())
e2 = copy.copy(e)
print(type(e2), e2.args, e2.x, e2 is e)
e3 = copy.deepcopy(KeyError("k"))
print(repr(e3), e3.args)
f = OSError(2, "No such file")
print(f.__reduce__(), copy.copy(f).errno)
s = StopIteration(7)
s.__setstate__({"note": "n", "value": 8})
print(s.note, s.value, s.__setstate__(None))
try:
    s.__setstate__(5)
except TypeError as err:
    print("TypeError:", err)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
m = copy.copy(MyErr(3))
print(type(m).__name__, m.code, m.args)
for t in (BaseException, Exception, ValueError, KeyError, StopIteration, ZeroDivisionError):
    print(t.__name__, dir(t))
print(dir(ValueError("x")) == dir(ValueError))
try:
    ValueError().__setstate__({1: 2})
except TypeError as err:
    print("TypeError:", err)
