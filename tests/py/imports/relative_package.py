import pkg_rel.inner.deep as d
print(d.result)
from pkg_rel import shared
print(shared.counter)
try:
    exec("from ... import x", {"__name__": "pkg_rel.inner.deep", "__package__": "pkg_rel.inner"})
except ImportError as e:
    print("ImportError:", e)
