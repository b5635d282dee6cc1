# pickle.dumps is _pickle's C code in CPython: the error for an unpicklable object names no
# frames inside pickle, while frames of the program's own __reduce__ still appear.
import pickle


class Bad:
    def __reduce__(self):
        raise RuntimeError("cannot reduce " + type(self).__name__)


try:
    pickle.dumps([1, Bad()])
except RuntimeError:
    import traceback

    print([f.name for f in traceback.extract_tb(__import__("sys").exc_info()[2])])

try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)



def make_local():
    class Local:
        pass

    return Local()


pickle.dumps(make_local())
