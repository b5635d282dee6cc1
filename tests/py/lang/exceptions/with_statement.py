class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Resource("a") as r:
    print("using", r.name)

with Resource("b", swallow=True):
    raise ValueError("suppressed")
print("after b")

try:
    with Resource("c"), Resource("d"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

def early_return():
    with Resource("e"):
        return "returned"
print(early_return())

with Resource("f"):
    1 / 0
