s = "abc"
print(s.__len__(), s.__getitem__(slice(None, None, -1)), s.__contains__("b"), s.__iter__().__next__(), s.__hash__() == hash(s), s.__str__(), s.__repr__(), s.__format__(">5"))
print(s.__lt__("abd"), s.__le__("abc"), s.__gt__("ab"), s.__ge__("b"), s.__eq__(1) is NotImplemented, s.__ne__(s))
print(str.__new__(str, "x"), str.__add__("a", "b"), str.__mul__("ab", 2), str.__mod__("%d", 5), type(str.__iter__("é")).__name__)
class Weird(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
w = Weird("w")
print(w == "zzz", "zzz" == w, w != "w", {w: 1}.get("w"))
class Upper(str):
    def __str__(self):
        return self.upper()
u = Upper("hi")
print(str(u), "%s" % u, "{}".format(u), f"{u}", repr(u), u + "!")
