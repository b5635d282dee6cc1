# Globals still alive at the end of the program are released at interpreter exit.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
b = Noisy("b")
_private = Noisy("_private")
lst = [Noisy("in-list")]
print("end of program")
