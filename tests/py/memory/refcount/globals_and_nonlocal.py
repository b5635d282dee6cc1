# global and nonlocal rebinding release the previous value.
import sys


class G:
    pass


g = G()
keep = g


def rebind():
    global g
    g = None


print("before:", sys.getrefcount(keep))
rebind()
print("after global rebind:", sys.getrefcount(keep))


def outer():
    v = keep

    def inner():
        nonlocal v
        v = None

    print("captured:", sys.getrefcount(keep))
    inner()
    print("after nonlocal rebind:", sys.getrefcount(keep))


outer()
print("end:", sys.getrefcount(keep))
