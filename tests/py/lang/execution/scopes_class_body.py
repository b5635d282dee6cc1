x = "global x"

class A:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(2)]

print(A.y)
print(A().method())
print(A.z)

def f():
    x = "local x"
    class B:
        print("inside B:", x)
        x = "B x"
        print("after assignment:", x)
    return B.x
print(f())

def g():
    y = 1
    class C:
        nonlocal y
        y = 2
    return y
print(g())
