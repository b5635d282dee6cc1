# A returned object lives as long as the caller keeps it.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(name):
    return Noisy(name)


make("discarded")
print("after discarded call")
x = make("kept")
print("after kept call")
print(make("printed").name)
print("after print")
del x
print("end")
