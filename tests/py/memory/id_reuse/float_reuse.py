# Floats made and dropped: their memory is reused.
def f(x):
    return x * 1.5


a = f(2.0)
addr = id(a)
del a
b = f(3.0)
print("new float reuses the block:", id(b) == addr)
print("temporaries:", id(f(1.0)) == id(f(2.0)))
