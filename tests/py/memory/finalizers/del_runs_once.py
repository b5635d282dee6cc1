# PEP 442: __del__ runs at most once per object, even when it resurrects the object.
import gc

graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        graveyard.append(self)


p = Phoenix("p")
del p
print("resurrected:", len(graveyard), graveyard[0].name)
again = graveyard.pop()
print("dropping the resurrected object")
del again
print("no second __del__; graveyard:", len(graveyard))
