import sys
import warnings

sys.stderr = sys.stdout


def emit():
    warnings.warn("registered")


emit()
emit()
reg = globals().get("__warningregistry__")
print(sorted((k if isinstance(k, str) else (k[0], k[1].__name__, k[2])) for k in reg if k != "version"), "version" in reg)
warnings.simplefilter("default")
emit()
print(len([k for k in __warningregistry__ if k != "version"]))
registry = {}
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 42, registry=registry)
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 42, registry=registry)
print(sorted(str(k) for k in registry))
try:
    warnings.warn_explicit(RuntimeWarning("instance"), None, "x.py", "7")
except TypeError as e:
    print("TypeError", e)
warnings.warn_explicit(RuntimeWarning("instance"), None, "x.py", 7)
warnings.warn_explicit("bool line", UserWarning, "y.py", True)
warnings.warn_explicit("mod none", UserWarning, "pkg/mod.py", 1, module=None)
warnings.filterwarnings("error", module="pkg/mod")
try:
    warnings.warn_explicit("mod none", UserWarning, "pkg/mod.PY", 2)
except UserWarning as e:
    print("error", e)
try:
    warnings.warn_explicit("late", UserWarning, "z.py", "bad", module=None)
except TypeError as e:
    print("TypeError", e)
warnings.warn_explicit("module None is silent", UserWarning, "z.py", 3, module=None)
