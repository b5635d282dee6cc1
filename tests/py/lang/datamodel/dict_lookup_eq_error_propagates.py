# A non-str key whose hash collides with a name's and whose __eq__ raises: the exception
# propagates out of attribute and global lookups (dict lookups with error), it is not a miss.
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        raise RuntimeError(f"__eq__ of Key({self.name!r}) vs {other!r}")

    def __hash__(self):
        return hash(self.name)


class Plain:
    pass


o = Plain()
o.present = 1
o.__dict__[Key("zz")] = 2
for label, get in [
    ("attribute", lambda: o.zz),
    ("getattr default", lambda: getattr(o, "zz", "dflt")),
    ("hasattr", lambda: hasattr(o, "zz")),
    ("present", lambda: o.present),
]:
    try:
        print(label, get())
    except Exception as e:
        print(label, type(e).__name__, e)
o.zz = 5
print(o.zz, len(o.__dict__))


def read_global():
    return collide


globals()[Key("collide")] = 0
try:
    read_global()
except RuntimeError as e:
    print("global:", e)
try:
    collide
except RuntimeError as e:
    print("module name:", e)
collide = "set"
print(read_global(), collide)
