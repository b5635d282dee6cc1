# At exit the main module's globals are released; a function defined here keeps the
# globals dict alive through its __globals__, so CPython's shutdown collection runs.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def helper():
    return 1


a = Noisy("a")
_b = Noisy("_b")
c = Noisy("c")
print("end of program")
