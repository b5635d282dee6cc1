import pprint
import types

ns = types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma="g" * 30)
pprint.pprint(ns, width=30)
pprint.pprint(types.SimpleNamespace(), width=5)


class NS(types.SimpleNamespace):
    pass


pprint.pprint(NS(x=list(range(20))), width=25)
pprint.pprint([types.SimpleNamespace(a=1, b="b" * 40)], width=20)
