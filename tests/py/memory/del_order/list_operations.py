# Slice assignment and list methods release replaced items left to right.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


lst = [Noisy(str(i)) for i in range(6)]
lst[1:3] = [Noisy("new")]
print("slice assigned")
lst[::2] = [None, None, None]
print("extended slice assigned")
lst *= 0
print("multiplied by zero")
lst = [Noisy("a"), Noisy("b")]
lst.reverse()
lst.pop()
print("popped last after reverse")
del lst
print("end")
