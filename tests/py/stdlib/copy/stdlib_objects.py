# copying collections and dataclass objects
import copy
import collections
from dataclasses import dataclass, field


print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.copy(collections.deque([1, 2], maxlen=3)))
print(copy.deepcopy(collections.Counter("aab")), copy.deepcopy(collections.defaultdict(list, {"a": [1]})))
P = collections.namedtuple("P", "x y")
print(copy.deepcopy(P(1, [2])), copy.copy(P(1, 2)))


@dataclass
class Cfg:
    name: str
    opts: list = field(default_factory=list)


c = Cfg("a", [1])
d = copy.deepcopy(c)
print(d, d.opts is c.opts, copy.copy(c).opts is c.opts)
