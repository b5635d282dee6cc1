# A generator expression's frame keeps its iterable until exhausted or dropped.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def source():
    return [Noisy("s0"), Noisy("s1")]


ge = (n.name for n in source())
print("first:", next(ge))
print("dropping the generator")
del ge
print("-- exhausted")
ge = (n.name for n in source())
print(list(ge))
print("list done, generator still referenced")
del ge
print("end")
