import pprint

d = {"zebra": 1, "apple": [3, 2, 1], "mango": {"b": 2, "a": 1}, 10: "ten", 2: "two"}
mixed = {1: "a", "b": 2, (1, 2): 3, None: 4, 2.5: 5}
pprint.pprint({"zebra": 1, "apple": 2, "mango": 3}, width=20)
pprint.pprint({"zebra": 1, "apple": 2, "mango": 3}, width=20, sort_dicts=False)
pprint.pprint({k: v for k, v in d.items() if isinstance(k, str)}, width=30)
pprint.pp({"zebra": 1, "apple": 2, "mango": {"y": 1, "x": 2}}, width=20)
pprint.pp({"zebra": 1, "apple": 2}, width=10, sort_dicts=True)
print(pprint.pformat(mixed))
print(pprint.pformat(mixed, width=10))
print(pprint.pformat({3, 1, 2, "a", (1,)}))
print(pprint.pformat({10: 1, 9: 2, 100: 3, -1: 4}, width=12))
