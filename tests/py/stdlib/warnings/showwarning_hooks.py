import io
import sys
import warnings

sys.stderr = sys.stdout
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10)))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "file.py", 10, line="  the line  ")))
print(repr(warnings.formatwarning(ValueError("x"), DeprecationWarning, "nofile", 1, "")))
buf = io.StringIO()
warnings.showwarning("to a buffer", UserWarning, "f.py", 3, file=buf, line="code()")
print(repr(buf.getvalue()))
warnings.showwarning("to stderr", UserWarning, "f.py", 4)


def my_show(message, category, filename, lineno, file=None, line=None):
    print("CUSTOM:", category.__name__, message, lineno, file, line)


original = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through custom showwarning")
warnings.showwarning = original


def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} @ {lineno}\n"


warnings.formatwarning = my_format
warnings.warn("through custom formatwarning")
warnings.formatwarning = warnings._formatwarning_orig
warnings.warn("back to normal")
warnings.showwarning = 42
try:
    warnings.warn("bad hook")
except TypeError as e:
    print("TypeError", e)
warnings.showwarning = original
