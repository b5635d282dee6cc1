# Method and class-attribute lookups on instances whose __dict__ has too many attributes to share
# a layout: a name found missing from an instance dict must be found again once the dict gains
# it, however the key gets there (attribute store, __dict__ item, update, setdefault, popitem
# followed by a new key, a key whose __eq__ adds entries during the lookup).


class Big:
    kind = "class attribute"

    def __init__(self, tag):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5
        self.f = 6
        self.g = 7
        self.tag = tag

    def hello(self):
        return "method of " + getattr(self, "tag", "a cleared instance")


def call_hello(o):
    return o.hello()


def read_kind(o):
    return o.kind


def probe(o, label):
    results = []
    for _ in range(3):
        try:
            results.append(call_hello(o))
        except TypeError as e:
            results.append("TypeError: " + str(e))
        results.append(read_kind(o))
    print(label, results)


x = Big("x")
probe(x, "plain")
x.hello = lambda: "instance attribute"
probe(x, "setattr")
del x.hello
probe(x, "deleted")
x.__dict__["hello"] = lambda: "dict item"
x.__dict__["kind"] = "instance kind"
probe(x, "dict item")
del x.__dict__["hello"], x.__dict__["kind"]
probe(x, "deleted again")
vars(x).update(hello=lambda: "update")
probe(x, "update")
del x.hello
vars(x).setdefault("hello", lambda: "setdefault")
probe(x, "setdefault")
del x.hello
probe(x, "before popitem")
print(x.__dict__.popitem()[0])
x.__dict__["hello"] = lambda: "after popitem"
probe(x, "popitem then new key")

y = Big("y")
probe(y, "second instance")
z = Big("z")
for i in range(20):
    setattr(z, "extra%d" % i, i)
probe(z, "grown")
z.__dict__.clear()
probe(z, "cleared")
z.hello = "not callable"
probe(z, "shadowed by a str")


class Sneaky:
    """A key equal to nothing else whose __eq__ adds 'hello' to the dict it is compared in."""

    def __init__(self, target):
        self.target = target
        self.calls = 0

    def __hash__(self):
        return hash("hello")

    def __eq__(self, other):
        self.calls += 1
        if self.calls == 1:
            self.target.__dict__["hello"] = lambda: "added during lookup"
        return False


w = Big("w")
probe(w, "before sneaky")
w.__dict__[Sneaky(w)] = "sneaky key"
probe(w, "after sneaky")
print(sorted(k for k in w.__dict__ if isinstance(k, str)))
