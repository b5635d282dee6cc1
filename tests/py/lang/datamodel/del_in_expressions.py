class Temp:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def value(self):
        return self.n

print(Temp(1).value() + Temp(2).value())
print([Temp(i).value() for i in range(3)])
x = Temp(10)
x = None
print("end")
