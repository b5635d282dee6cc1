# The default list is made once, when def runs, and shared by every call.


def append_to(item, target=[]):
    target.append(item)
    return target


a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to.__defaults__)


def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


c = append_fixed(1)
d = append_fixed(2)
print(c, d, c is d)
print(append_fixed.__defaults__)
