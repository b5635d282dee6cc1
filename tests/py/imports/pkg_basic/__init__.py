print("pkg_basic init", __name__, __package__)
from . import sub
from .sub.leaf import leaf_value
top = "pkg top"
