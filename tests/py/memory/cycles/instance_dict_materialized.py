# Accessing __dict__ of an instance; cycles through the instance dict.
import gc


class A:
    pass


gc.collect()
a = A()
a.__dict__["me"] = a
del a
print("cycle via __dict__:", gc.collect())
b = A()
d = b.__dict__
d["b"] = b
del b, d
print("cycle via saved __dict__:", gc.collect())
