# exec and eval store into the namespaces they are given.
import sys


class X:
    pass


x = X()
ns = {"x": x}
print("in namespace:", sys.getrefcount(x))
exec("y = x; z = [x, x]", ns)
print("after exec:", sys.getrefcount(x))
r = eval("x", ns)
print("eval result:", sys.getrefcount(x))
del r
ns.clear()
print("namespace cleared:", sys.getrefcount(x))
