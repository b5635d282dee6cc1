# After del, the next allocation of the same size class reuses the freed block.
class A:
    pass


a = A()
addr = id(a)
del a
b = A()
print("reused:", id(b) == addr)
objs = [A() for _ in range(3)]
addrs = [id(o) for o in objs]
del objs
again = [A() for _ in range(3)]
print("reused in reverse order:", [id(o) for o in again] == addrs[::-1])
print("all reused:", sorted(id(o) for o in again) == sorted(addrs))
