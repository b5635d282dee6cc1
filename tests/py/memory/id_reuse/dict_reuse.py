# Dicts freed and recreated.
a = {"x": 1}
addr = id(a)
del a
b = {"y": 2}
print("new dict reuses:", id(b) == addr)
print("temporaries:", id({"k": 1}) == id({"k": 2}))
