# Containers release their items in a fixed order when they die.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __hash__(self):
        return hash(self.name)


print("-- list")
lst = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del lst
print("-- tuple")
t = (Noisy("t0"), Noisy("t1"), Noisy("t2"))
del t
print("-- dict")
d = {Noisy("k0"): Noisy("v0"), Noisy("k1"): Noisy("v1")}
del d
print("-- nested")
n = [Noisy("outer0"), [Noisy("inner0"), Noisy("inner1")], Noisy("outer2")]
del n
print("-- list.clear")
lst = [Noisy("c0"), Noisy("c1")]
lst.clear()
print("-- del slice")
lst = [Noisy("s0"), Noisy("s1"), Noisy("s2"), Noisy("s3")]
del lst[1:3]
print("remaining", [x.name for x in lst])
del lst
print("-- list.pop")
lst = [Noisy("p0"), Noisy("p1")]
lst.pop(0)
print("popped")
del lst
print("end")
