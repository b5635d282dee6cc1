import operator

class P:
    def __init__(self, name, age, child=None):
        self.name = name
        self.age = age
        self.child = child

p = P("ann", 30, P("bob", 5))
f = operator.attrgetter("name")
print(f(p), repr(f))
g = operator.attrgetter("name", "child.name", "child.age")
print(g(p), repr(g))
print(operator.attrgetter("child.child")(p), operator.attrgetter("real", "imag")(3 + 4j))
people = [P("c", 3), P("a", 1), P("b", 2)]
print([x.name for x in sorted(people, key=operator.attrgetter("age"))])
print(f.__reduce__(), g.__reduce__())
print(repr(operator.attrgetter("a..b")), repr(operator.attrgetter("")))
for bad in [lambda: operator.attrgetter(), lambda: operator.attrgetter(1), lambda: operator.attrgetter("a", x=1),
            lambda: f(1), lambda: operator.attrgetter("child.missing")(p), lambda: f(), lambda: operator.attrgetter("a..b")(p)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
