# Objects made and discarded inside comprehensions die during the comprehension.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


lens = [len(Noisy(str(i)).name) for i in range(3)]
print("lens", lens)
kept = [n for n in [Noisy("k0"), Noisy("k1")] if n.name == "k1"]
print("kept", [n.name for n in kept])
total = sum(len(Noisy("g" + str(i)).name) for i in range(2))
print("total", total)
del kept
print("end")
