# A __del__ that fails while the interpreter shuts down (a module global freed after sys.modules
# was emptied) is reported without source lines: CPython cannot import io to read the file then.
# The same failure during the run shows the line. (__del__ is a callable object with a fixed
# repr so "Exception ignored in: ..." prints no address.)
class Finalizer:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f"<finalizer {self.label}>"

    def __call__(self):
        raise RuntimeError(f"finalizer failed: {self.label}")


class DuringRun:
    __del__ = Finalizer("during run")


class AtExit:
    __del__ = Finalizer("at exit")


tmp = DuringRun()
del tmp
print("after the first failure")
kept = AtExit()
print("end of program")
