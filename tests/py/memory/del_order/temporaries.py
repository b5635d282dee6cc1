# Temporaries die as soon as the expression that made them is done with them.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def get(self):
        return self.name


print("value:", Noisy("t1").get())
print("next statement")
Noisy("t2")
print("expression statement done")
x = [Noisy("t3").get(), Noisy("t4").get()]
print("list built:", x)
print(len([Noisy("t5"), Noisy("t6")]))
print("end")
