a = []
addr = id(a)
del a
b = []
print(id(b) == addr)
print(id([]) == id([]))
x = 1000
y = 1000
print(x is y)
def same():
    return 12345, 12345
p, q = same()
print(p is q)
small1 = 256
small2 = int("256")
print(small1 is small2)
big1 = 257
big2 = int("257")
print(big1 is big2)
