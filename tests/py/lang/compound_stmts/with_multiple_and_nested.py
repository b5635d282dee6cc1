class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name
    def __exit__(self, *args):
        print(f"</{self.name}>")

with Tag("html"):
    with Tag("body") as b, Tag("p") as p:
        print("text in", b, p)

with (
    Tag("a") as first,
    Tag("b") as second,
):
    print(first, second)

class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print("TypeError:", e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
