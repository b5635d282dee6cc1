import random

for seed in [0, 1, 42, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 7, 10 ** 40, True, False]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)], random.getrandbits(32))
random.seed(1)
a = [random.random() for _ in range(5)]
random.seed(1)
print(a == [random.random() for _ in range(5)])
class MyInt(int):
    def __abs__(self):
        return 999
random.seed(MyInt(-7))
x = random.random()
random.seed(7)
print(x == random.random())
