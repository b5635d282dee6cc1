class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def scope():
    a = Tracked("a")
    b = Tracked("b")
    c = Tracked("c")
    print("leaving scope")

scope()
print("after scope")

def reassign():
    x = Tracked("first")
    x = Tracked("second")
    print("end of reassign")
reassign()

def returned():
    keep = Tracked("kept")
    drop = Tracked("dropped")
    return keep
r = returned()
print("holding", r.name)
del r
print("done")
