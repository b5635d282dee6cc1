# copy / deepcopy / pickle of OSError and ImportError keep filename(s), name and path
import copy
import pickle

excs = [OSError("foo", "bar", "baz"), OSError(2, "nf", "f1", None, "f2"), OSError(1, "x", None),
        ImportError("msg", name="somename", path="somepath"), ImportError(), ImportError(name=None),
        ModuleNotFoundError("m", name="n"), KeyError("k"), StopIteration(5), SystemExit(3),
        SyntaxError("m", ("f", 1, 2, "txt", 1, 3)), AttributeError("a", name="nm", obj=1)]
e = ImportError("with dict", path="p")
e.extra = 1
excs.append(e)
o = FileNotFoundError(2, "No such file", "a.txt")
o.note = "n"
excs.append(o)
for e in excs:
    print(e.__reduce__()[1:])
    for f in [copy.copy, copy.deepcopy, lambda o: pickle.loads(pickle.dumps(o))]:
        c = f(e)
        print(" ", type(c).__name__, c.args, str(c),
              {k: getattr(c, k) for k in ["filename", "filename2", "errno", "strerror", "name", "path",
                                          "msg", "extra", "note"] if hasattr(c, k)})
