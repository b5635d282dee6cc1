# Replacing a whole dict or list releases the old one's contents in order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d = {"x": Noisy("x1"), "y": Noisy("y1")}
d = {"x": Noisy("x2")}
print("replaced dict")
lst = [Noisy("l1"), Noisy("l2")]
lst = lst[1:]
print("sliced list rebound")
lst = None
d = None
print("end")
