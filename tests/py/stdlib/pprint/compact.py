import pprint

nums = list(range(50))
print(pprint.pformat(nums, compact=True, width=40))
print(pprint.pformat(nums, width=40))
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", ["nested", "list", "x" * 20], "iota"]
for width in (15, 30, 60):
    pprint.pprint(words, compact=True, width=width)
pprint.pprint({"key": nums[:20], "other": words}, compact=True, width=50)
pprint.pprint([(i, str(i)) for i in range(12)], compact=True, width=35, indent=3)
