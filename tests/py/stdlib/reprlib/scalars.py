# reprlib on strings, ints and other objects, with custom limits and fillvalue
import reprlib

r = reprlib.repr
print(r("a" * 100), r("short"), r("q'uo\"te" * 10), r("x" * 30), r("x" * 31))
print(r(10 ** 50), r(-(10 ** 39)), r(10 ** 39), r(12345))
print(r(3.14), r(None), r(True), r(b"b" * 100), r(1 + 2j))


class Long:
    def __repr__(self):
        return "Long(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(r(Long()))
s = r(Broken())
print(s.startswith("<Broken instance at 0x"), s.endswith(">"))
a = reprlib.Repr()
a.maxstring = 10
a.maxlong = 8
a.maxother = 12
a.fillvalue = "~"
print(a.repr("abcdefghijklmnopqrstuvwxyz"), a.repr(123456789012), a.repr(Long()))
a.maxstring = 2
a.maxlong = 1
print(a.repr("abcdefgh"), a.repr(10 ** 20))
print(sorted(vars(reprlib.Repr()).items()))
print(reprlib.aRepr.maxlist, reprlib.__all__)


class Sub(reprlib.Repr):
    def repr_Long(self, obj, level):
        return "<long>"

    def repr_int(self, obj, level):
        return "INT"


print(Sub().repr([Long(), 1, {2: 3}]))
