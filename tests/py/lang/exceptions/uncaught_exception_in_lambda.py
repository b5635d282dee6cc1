f = lambda x: 1 / x
print(list(map(f, [1, 2, 0])))
