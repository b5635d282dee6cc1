# Method calls and attribute access on instances and classes.
class Counter:
    def __init__(self):
        self.n = 0

    def incr(self, k):
        self.n += k
        return self

    def value(self):
        return self.n


class Doubler(Counter):
    def incr(self, k):
        return super().incr(2 * k)


c = Counter()
d = Doubler()
for i in range(1_500_000):
    c.incr(i)
    d.incr(1)
print(c.value(), d.value())
