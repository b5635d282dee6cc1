# Exceptions raised in __del__ are reported through sys.unraisablehook and otherwise ignored.
import sys


def hook(unraisable):
    print("hook:", unraisable.exc_type.__name__, unraisable.exc_value, "| err_msg:", unraisable.err_msg)
    print("object:", getattr(unraisable.object, "__qualname__", type(unraisable.object).__name__))
    print("traceback is set:", unraisable.exc_traceback is not None)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


b = Bad()
del b
print("program continues")


def scope():
    x = Bad()


scope()
print("end")
