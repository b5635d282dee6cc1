# Freed blocks are handed out again last-in, first-out.
class A:
    __slots__ = ("tag",)


objs = [A() for _ in range(5)]
addr = [id(o) for o in objs]
for i in (1, 3, 0):
    objs[i] = None
n1, n2, n3 = A(), A(), A()
print("first new takes the last freed:", id(n1) == addr[0])
print("second takes the one before:", id(n2) == addr[3])
print("third:", id(n3) == addr[1])
