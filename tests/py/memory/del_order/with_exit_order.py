# Context managers: __exit__ runs, then the manager dies when nothing refers to it.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name)

    def __del__(self):
        print("del", self.name)


with CM("a"):
    print("body a")
print("after a")
with CM("outer"), CM("inner"):
    print("body nested")
print("after nested")
with CM("bound") as b:
    pass
print("bound name keeps it alive")
del b
print("end")
