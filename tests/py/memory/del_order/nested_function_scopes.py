# Inner function locals die when the inner call returns; outer ones when the outer returns.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def outer():
    o = Noisy("outer-local")

    def inner():
        i = Noisy("inner-local")
        print("inner returning")

    inner()
    print("outer returning")


outer()
print("end")
