import pkg_basic
import pkg_basic.sub.leaf
from pkg_basic.sub import leaf
import pkg_basic.sub as s
print(pkg_basic.top, pkg_basic.leaf_value, leaf.leaf_value, s is pkg_basic.sub)
print(pkg_basic.__path__ == [pkg_basic.__path__[0]], pkg_basic.__file__.endswith("__init__.py"), pkg_basic.__package__, pkg_basic.sub.__package__, leaf.__package__)
print(pkg_basic.__spec__.submodule_search_locations == pkg_basic.__path__, pkg_basic.__spec__.parent, leaf.__spec__.parent)
print(sorted(k for k in vars(pkg_basic) if not k.startswith("__")))
m = __import__("pkg_basic.sub.leaf")
print(m is pkg_basic)
m2 = __import__("pkg_basic.sub.leaf", fromlist=["leaf_value"])
print(m2 is leaf)
try:
    import pkg_basic.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from pkg_basic import nothing_either
except ImportError as e:
    print("ImportError:", type(e).__name__, str(e).split(" (")[0], e.name)
