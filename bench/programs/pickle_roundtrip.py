# pickle dumps/loads round trips (in the spirit of pyperformance's pickle, pickle_dict,
# pickle_list, unpickle): nested builtin containers, instances, every protocol, shared and
# recursive references, custom __reduce__ and __getstate__/__setstate__.
import pickle

import sys

# tests/py/programs/pickle_roundtrip.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 200


class Record:
    def __init__(self, name, values):
        self.name = name
        self.values = values


class Stateful:
    def __init__(self, x):
        self.x = x
        self.cache = {"tmp": object}

    def __getstate__(self):
        return {"x": self.x}

    def __setstate__(self, state):
        self.x = state["x"]
        self.cache = None


DICT = {"ads_flags": 0, "age": 18, "bulletin_count": 0, "comment_count": 0, "country": "BR",
        "encrypted_id": "G9urXXAJwjE", "favorite_artists": ["Ahmad Jamal", "Ahmad Jamal"],
        "gender": "m", "name": "Dave", "last_seen": 1.2e9, "tags": ("a", "b"), "raw": b"\x00\xff",
        "nested": {"deep": [1, 2.5, None, True, 10**30, -7, 3 + 4j]}}
LIST = [[list(range(10)), list(range(10))] for _ in range(10)]
shared = [1, 2]
MIXED = [Record("r%d" % i, [i, i * 1.5, shared]) for i in range(20)]

total = 0
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in (DICT, LIST, MIXED, Stateful(5), {1, 2, 3}, frozenset("ab"), "\u00e9t\u00e9", 2**100):
        data = pickle.dumps(obj, protocol=proto)
        back = pickle.loads(data)
        total += len(data)
        if isinstance(obj, list) and obj and isinstance(obj[0], Record):
            assert [r.name for r in back] == [r.name for r in obj] and back[0].values[2] is back[1].values[2]
        elif isinstance(obj, Stateful):
            assert back.x == 5 and back.cache is None
        else:
            assert back == obj, (proto, obj)
print("sizes", total)
rec = [1]
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[1] is back, len(pickle.dumps(DICT, 2)), len(pickle.dumps(DICT)))
for _ in range(SCALE):
    for obj in (DICT, LIST, MIXED):
        back = pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
print(back[3].name, back[3].values, pickle.dumps([1, "a", None], protocol=0))
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at ")[0])
