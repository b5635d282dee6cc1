class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "default"))

class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))

s = Squares(4)
print(list(s), list(s), sum(s), 9 in s)
for a, b in zip(Countdown(3), Squares(3)):
    print(a, b)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
