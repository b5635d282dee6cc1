from .. import top_helper
from ..sub import __name__ as sub_name
print("leaf executing", __name__, __package__, sub_name, top_helper.X)
leaf_value = "leaf!"
