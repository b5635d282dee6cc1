# warn() and warn_explicit() are C functions in CPython (_warnings): a warning turned into an error,
# or a bad category, shows only the caller's frames in the traceback.
import warnings
def deprecated(fn):
    def wrapper(*a):
        warnings.warn(f"{fn.__name__} is deprecated", DeprecationWarning, stacklevel=2)
        return fn(*a)
    return wrapper
@deprecated
def old(x):
    return x * 2
print(old(2))
warnings.simplefilter("error", DeprecationWarning)
try:
    old(3)
except DeprecationWarning as e:
    import traceback
    traceback.print_exc()
warnings.filterwarnings("error", message="explicit")
try:
    warnings.warn_explicit("explicit thing", UserWarning, "f.py", 3)
except UserWarning:
    traceback.print_exc()
try:
    warnings.warn("x", 5)
except TypeError:
    traceback.print_exc()
old(4)
