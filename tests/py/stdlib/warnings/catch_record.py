import sys
import warnings

sys.stderr = sys.stdout
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn("dep", DeprecationWarning)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.filename.endswith("catch_record.py"), w.lineno, w.line, w.file, w.source)
    print(str(w).replace(w.filename, "FILE"))
print(warnings.filters[0])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inside")
    except UserWarning as e:
        print("error inside", e)
warnings.warn("outside again")
with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("ignored by action")
print(log)
with warnings.catch_warnings(action="always", category=RuntimeWarning):
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
try:
    cw.__exit__()
except RuntimeError as e:
    print("RuntimeError", e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print("RuntimeError", e)
cw.__exit__(None, None, None)
