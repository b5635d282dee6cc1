import sys

# Instances keep attributes inline until __dict__ is asked for.


class P:
    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
print(sys.getsizeof(p))
d = p.__dict__
print(sys.getsizeof(d), d)
q = P()
print(sys.getsizeof(vars(q)))
q.z = 3
print(sys.getsizeof(q.__dict__))
for i in range(10):
    setattr(q, "a%d" % i, i)
print(len(q.__dict__), sys.getsizeof(q.__dict__))
r = P()
del r.x
print(r.__dict__, sys.getsizeof(r.__dict__))
