# An exception in a gc callback is reported through sys.unraisablehook; collection goes on.
import gc
import sys


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "object is callback:", u.object is bad)


sys.unraisablehook = hook


def bad(phase, info):
    raise RuntimeError("callback " + phase)


calls = []
gc.callbacks.append(bad)
gc.callbacks.append(lambda phase, info: calls.append(phase))
print("collect:", gc.collect())
gc.callbacks.clear()
print("second callback still ran:", calls)
