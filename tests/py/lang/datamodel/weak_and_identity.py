class Obj:
    pass
a = Obj()
b = a
c = Obj()
print(a is b, a is c, id(a) == id(b), id(a) != id(c))
print(type(a) is Obj, isinstance(a, object), Obj.__name__)
x = (1, 2)
y = x
del x
print(y)
print(object() is object(), [] == [], [] is [])
