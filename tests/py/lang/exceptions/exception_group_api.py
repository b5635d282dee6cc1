# ExceptionGroup construction rules, attributes, split/subgroup/derive and notes.
import sys


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


attempt("msg int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not seq", lambda: ExceptionGroup("m", 5))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("item", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("nest base", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("base ok", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("auto eg", lambda: type(BaseExceptionGroup("m", [ValueError()])))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("kw", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("str seq", lambda: ExceptionGroup("m", "ab"))
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup[int], sys.getsizeof(ValueError()) > 0)


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)


attempt("sub nest", lambda: MyEG("m", [KeyboardInterrupt()]))

leaves = [ValueError(1), TypeError(2), ValueError(3), KeyError(4)]
eg = ExceptionGroup("outer", [leaves[0], ExceptionGroup("inner", [leaves[1], leaves[2]]), leaves[3]])
eg.add_note("outer note")
eg.__cause__ = RuntimeError("cause")
print(str(eg), "|", repr(eg))
print(eg.message, eg.exceptions, eg.args)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, repr(m.__cause__), m.__suppress_context__)
print(m.exceptions[0] is leaves[0], m.exceptions[1].exceptions[0] is leaves[2])
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(repr(eg.subgroup(ExceptionGroup)), eg.subgroup(ExceptionGroup) is eg)
print(eg.split(OSError))
print(repr(eg.split((TypeError, KeyError))))
print(repr(eg.derive([ZeroDivisionError()])))
attempt("bad matcher", lambda: eg.split(3))
attempt("bad tuple", lambda: eg.split((ValueError, 3)))
attempt("set message", lambda: setattr(eg, "message", "x"))

my = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(my.split(ValueError)))
print(str(ExceptionGroup("one", [ValueError()])))

e = ValueError("x")
e.add_note("a")
e.add_note("b")
print(e.__notes__, e.__dict__)
attempt("bad note", lambda: e.add_note(5))
e.__notes__ = "not a list"
attempt("notes not list", lambda: e.add_note("c"))
