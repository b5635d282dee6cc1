import sys
import warnings

sys.stderr = sys.stdout
print(warnings.filters)
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)
warnings.simplefilter("always", UserWarning)
for _ in range(2):
    warnings.warn("always shown")
warnings.resetwarnings()
print(warnings.filters)
for _ in range(2):
    warnings.warn("default action shows once per location")
warnings.simplefilter("once")
for line in range(2):
    warnings.warn("once globally")
    warnings.warn("once globally")


def elsewhere():
    warnings.warn("once globally")


elsewhere()
warnings.simplefilter("module")


def f():
    warnings.warn("module action")


f()
f()
warnings.warn("module action")
warnings.simplefilter("default")
f()
print(len(warnings.filters), warnings.filters[0])
for bad in [("nonsense",), ("error", int), ("error", Warning, -1)]:
    try:
        warnings.simplefilter(*bad)
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
