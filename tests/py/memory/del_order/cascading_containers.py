# Releasing a container of containers releases leaves depth-first, in item order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


data = {
    "first": [Noisy("f0"), (Noisy("f1t"), Noisy("f2t"))],
    "second": {"inner": Noisy("s-inner")},
    "third": Noisy("t"),
}
del data
print("end")
