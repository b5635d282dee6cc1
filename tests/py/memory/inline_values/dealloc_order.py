# When an instance dies its attribute values are released in the class's shared-key order
# (the order names first appeared on any instance), not in the instance's insertion order.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


first = Box()
first.a = Loud("first.a")
first.b = Loud("first.b")
first.c = Loud("first.c")

second = Box()
second.c = Loud("second.c")
second.a = Loud("second.a")
second.b = Loud("second.b")
print("-- del first")
del first
print("-- del second")
del second

third = Box()
third.b = Loud("third.b")
third.a = Loud("third.a")
third.__dict__  # a dict object now: still a split table in key order
print("-- del third")
del third

fourth = Box()
fourth.c = Loud("fourth.c")
fourth.a = Loud("fourth.a")
fourth.__dict__[7] = Loud("fourth.7")  # its own table now: insertion order
print("-- del fourth")
del fourth

fifth = Box()
fifth.b = Loud("fifth.b")
fifth.c = Loud("fifth.c")
fifth.__dict__.clear()
print("-- cleared fifth")
del fifth


class Many:
    pass


m = Many()
for i in range(33, -1, -1):
    setattr(m, "v%d" % i, Loud("m.v%d" % i))
print("-- del many")
del m
print("-- end")
