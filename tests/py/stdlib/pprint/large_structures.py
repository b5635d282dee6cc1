import pprint

records = [{"id": i, "name": "user%03d" % i, "roles": ["admin", "dev"][: i % 3], "score": i * 1.5,
            "tags": {"t%d" % j for j in range(i % 4)}} for i in range(8)]
pprint.pprint(records)
pprint.pprint(records, width=50, compact=True)
tree = {"root": {"left": {"left": None, "right": {"value": 3}}, "right": {"value": [1] * 30}}}
pprint.pprint(tree, width=25)
pprint.pprint([[]] * 5 + [[[]]], width=8)
