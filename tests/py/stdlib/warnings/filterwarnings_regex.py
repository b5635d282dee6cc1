import sys
import warnings

sys.stderr = sys.stdout
warnings.filterwarnings("ignore", message="spam")
warnings.warn("spam and eggs")
warnings.warn("SPAM is case-insensitive")
warnings.warn("eggs but not spam first")
warnings.filterwarnings("error", message=".*fatal", category=RuntimeWarning)
try:
    warnings.warn("this is fatal", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
warnings.warn("this is fatal", UserWarning)
warnings.filterwarnings("ignore", module="__ma")
warnings.warn("ignored by module regex")
warnings.resetwarnings()
warnings.filterwarnings("ignore", lineno=19)
warnings.warn("line 19 is ignored")
warnings.warn("line 20 is not")
warnings.filterwarnings("always", category=UserWarning, append=True)
print([(f[0], f[1] is not None, f[2].__name__, f[3] is not None, f[4]) for f in warnings.filters])
warnings.filterwarnings("ignore", lineno=19)
print(len(warnings.filters))
for bad in [dict(action="bad"), dict(action="error", message=1), dict(action="error", category="x"),
            dict(action="error", module=3), dict(action="error", lineno="1")]:
    try:
        warnings.filterwarnings(**bad)
    except AssertionError as e:
        print("AssertionError", e)
