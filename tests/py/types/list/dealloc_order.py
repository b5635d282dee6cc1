# Items are released from last to first when a list dies, and on slice deletion.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


l = [D(i) for i in range(4)]
print("drop list")
del l
l = [D(c) for c in "abcdef"]
print("del slice")
del l[1:4]
print("clear")
l.clear()
l = [D(c) for c in "uvwxyz"]
print("extended slice")
del l[::2]
print("assign")
l[:] = []
print("pop")
l = [D("p"), D("q")]
l.pop()
print("sort with key")
l = [D(3), D(1)]
l.sort(key=lambda d: d.name)
del l
print("end")
