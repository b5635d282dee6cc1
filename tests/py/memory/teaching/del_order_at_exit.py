# What is freed, and in what order, when the program ends.


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


first = Tracked("first")
second = Tracked("second")
_private = Tracked("_private")
container = [Tracked("in list 1"), Tracked("in list 2")]
mapping = {"a": Tracked("in dict")}
second_ref = second
cycle = Tracked("cycle")
cycle.me = cycle


def make_local():
    loc = Tracked("local")
    return None


make_local()
print("end of main")
