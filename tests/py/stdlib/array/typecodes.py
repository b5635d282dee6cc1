import array

print(array.typecodes, array.ArrayType is array.array, array.array.__name__, array.array.__module__)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, a.__sizeof__(), repr(a))
print(sorted(n for n in dir(array.array) if not n.startswith("__")))
