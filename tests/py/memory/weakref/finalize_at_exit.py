# finalize objects still alive at exit run (atexit=True), newest first, before teardown.
import weakref


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


a = R("a")
b = R("b")
weakref.finalize(a, print, "finalize a")
weakref.finalize(b, print, "finalize b")
quiet = R("quiet")
f = weakref.finalize(quiet, print, "never at exit")
f.atexit = False
print("end of program")
