import pprint

data = [10**6, -1234567, 12, 2**70, 1.5e6, True, {"big": 123456789}]
pprint.pprint(data, underscore_numbers=True)
pprint.pprint(data)
pprint.pprint(data, underscore_numbers=True, width=15)


class MyInt(int):
    pass


class ReprInt(int):
    def __repr__(self):
        return "ReprInt"


print(pprint.pformat([MyInt(1234567), ReprInt(7654321)], underscore_numbers=True))
