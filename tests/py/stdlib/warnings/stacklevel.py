import sys
import warnings

sys.stderr = sys.stdout


def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("level 1 in helper")
    warnings.warn("level 2 points at the caller", stacklevel=2)
    warnings.warn("level 3 points further", stacklevel=3)
    warnings.warn("level 100 is sys", stacklevel=100)


def outer():
    helper()


outer()
deprecated_api()
warnings.warn("level 0", stacklevel=0)
warnings.warn("negative level", stacklevel=-3)
