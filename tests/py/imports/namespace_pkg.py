import pkg_ns_portion.nsmod as m
import pkg_ns_portion
print(m.X, pkg_ns_portion.__file__ if hasattr(pkg_ns_portion, "__file__") else "no __file__", list(pkg_ns_portion.__path__)[0].endswith("pkg_ns_portion"))
print(pkg_ns_portion.__spec__.origin, pkg_ns_portion.__package__)
