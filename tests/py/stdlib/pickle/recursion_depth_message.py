# Pickling a structure nested past the recursion limit raises RecursionError with the C pickler's words
# ("while pickling an object"), no context, from every protocol; a RecursionError of the program's own passes.
import pickle
import sys

nested = []
for _ in range(100000):
    nested = [nested]
for proto in (0, 2, 5):
    try:
        pickle.dumps(nested, proto)
    except RecursionError as e:
        print(proto, e, e.__context__, e.__cause__)
d = {}
cur = d
for _ in range(5000):
    cur["k"] = {}
    cur = cur["k"]
try:
    pickle.dumps(d)
except RecursionError as e:
    print("dict", e)


class Deep:
    def __init__(self, child):
        self.child = child


obj = None
for _ in range(3000):
    obj = Deep(obj)
try:
    pickle.dumps(obj)
except RecursionError as e:
    print("instances", e)


class Bad:
    def __reduce__(self):
        raise RecursionError("mine")


try:
    pickle.dumps([Bad()])
except RecursionError as e:
    print("own", e)
shallow = []
for _ in range(200):
    shallow = [shallow]
print(len(pickle.dumps(shallow)), pickle.loads(pickle.dumps(shallow)) == shallow)
print(sys.getrecursionlimit())
