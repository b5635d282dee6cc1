import sys
import warnings

sys.stderr = sys.stdout


class Truncatable:
    def __trunc__(self):
        return 7


print(int(Truncatable()))


class FloatSub(float):
    pass


class ReturnsSub:
    def __float__(self):
        return FloatSub(2.5)


print(float(ReturnsSub()))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    int(Truncatable())
    float(ReturnsSub())
print([(w.category.__name__, str(w.message)) for w in log])
warnings.simplefilter("error", DeprecationWarning)
try:
    int(Truncatable())
except DeprecationWarning as e:
    print("DeprecationWarning raised:", e)
