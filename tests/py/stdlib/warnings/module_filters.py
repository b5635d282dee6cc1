import sys
import warnings

sys.stderr = sys.stdout


def from_module(name, text, category=UserWarning):
    warnings.warn_explicit(text, category, name + ".py", 1, module=name, registry={})


warnings.filterwarnings("ignore", module="noisy")
from_module("noisy.sub", "hidden")
from_module("quiet", "shown")
from_module("__main__", "dep in main", DeprecationWarning)
warnings.resetwarnings()
warnings.simplefilter("default", DeprecationWarning)
from_module("library", "dep elsewhere", DeprecationWarning)
warnings.resetwarnings()
warnings.filters.extend([('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0)])
from_module("library", "ignored again", DeprecationWarning)
from_module("__main__", "shown in main", DeprecationWarning)
