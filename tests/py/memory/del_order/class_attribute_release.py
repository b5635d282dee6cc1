# Class attributes are released when they are deleted or replaced.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    a = Noisy("class-a")
    b = Noisy("class-b")


Holder.a = Noisy("class-a2")
print("replaced a")
del Holder.b
print("deleted b")
setattr(Holder, "c", Noisy("class-c"))
delattr(Holder, "c")
print("end")
