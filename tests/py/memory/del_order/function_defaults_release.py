# Deleting a function releases its default values (when nothing else refers to it).
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make():
    def f(a=Noisy("default-a"), *, b=Noisy("kwdefault-b")):
        return a

    return f


f = make()
print("function made")
del f
print("function deleted")


def make_closure():
    captured = Noisy("captured")
    return lambda: captured


g = make_closure()
print("closure made")
g = None
print("end")
