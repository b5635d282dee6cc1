import collections
import pprint
import types

od = collections.OrderedDict((k, k * 2) for k in "abcdefghij")
pprint.pprint(od, width=30)
pprint.pprint(collections.OrderedDict(), width=5)
dd = collections.defaultdict(list, {"x": [1, 2, 3], "y": list(range(15))})
pprint.pprint(dd, width=30)
pprint.pprint(collections.defaultdict(int), width=5)
c = collections.Counter("abracadabra simsalabim")
pprint.pprint(c, width=30)
pprint.pprint(collections.Counter(), width=5)
cm = collections.ChainMap({"a": 1, "b": 2}, {"c": list(range(12))})
pprint.pprint(cm, width=30)
pprint.pprint(collections.ChainMap(), width=5)
dq = collections.deque(range(25))
pprint.pprint(dq, width=30)
pprint.pprint(collections.deque(range(25), maxlen=30), width=30)
pprint.pprint(collections.deque(), width=5)
pprint.pprint(collections.UserDict({"k": list(range(20))}), width=30)
pprint.pprint(collections.UserList(range(30)), width=30)
pprint.pprint(collections.UserString("word " * 12), width=30)
pprint.pprint(types.MappingProxyType({"a": list(range(20)), "b": 2}), width=30)

