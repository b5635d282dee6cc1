x = 10.0
for _ in range(10):
    x = x ** 10
    print(x)
