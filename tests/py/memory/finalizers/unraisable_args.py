# The UnraisableHookArgs object passed to sys.unraisablehook.
import sys


def hook(u):
    print(type(u).__name__, len(u))
    print("exc_type:", u.exc_type is ZeroDivisionError)
    print("exc_value:", type(u.exc_value).__name__, u.exc_value)
    print("traceback line:", u.exc_traceback.tb_lineno)
    print("err_msg:", u.err_msg)
    print("object:", u.object.__qualname__)


sys.unraisablehook = hook


class D:
    def __del__(self):
        1 / 0


D()
print("end")
