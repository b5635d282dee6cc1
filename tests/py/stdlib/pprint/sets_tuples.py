import pprint

pprint.pprint(set(range(40)), width=40)
pprint.pprint(frozenset(range(25)), width=30)
pprint.pprint(frozenset(), width=5)
pprint.pprint(set(), width=5)
pprint.pprint({"z", "y", "x", "w"}, width=8)
pprint.pprint((1,), width=1)
pprint.pprint(("a" * 20,), width=10)
pprint.pprint(tuple(range(20)), width=20)
pprint.pprint(((1, 2), (3, 4), ((5, 6), (7, 8))), width=12)


class MySet(set):
    pass


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList!"


pprint.pprint(MySet(range(15)), width=20)
pprint.pprint(frozenset({"a" * 10, "b" * 10}), width=15)
pprint.pprint(MyList(range(20)), width=20)
pprint.pprint(ReprList(range(20)), width=5)
pprint.pprint([ReprList(), MyList()], width=5)
