# json's pure-Python encoder (used for indent=, json.dump and iterencode; dumps without indent
# uses the C encoder) builds three mutually recursive generator functions whose closure cells
# make a cycle: after the call they are garbage for the collector, with the encoder, its
# markers dict, its default() method and floatstr.
import gc
import io
import json

data = {"name": "heap", "sizes": [1, 2.5, None, True], "nested": {"k": [{}]}}

gc.collect()
json.dumps(data)
print("dumps:", gc.collect())

gc.collect()
print(json.dumps(data, indent=2))
print("dumps indent:", gc.collect())

gc.collect()
json.dumps(data, indent="\t", sort_keys=True)
print("dumps indent sorted:", gc.collect())

gc.collect()
out = io.StringIO()
json.dump(data, out)
print("dump:", gc.collect(), len(out.getvalue()))

gc.collect()
json.dump(data, io.StringIO(), indent=1)
print("dump indent:", gc.collect())

gc.collect()
chunks = list(json.JSONEncoder(indent=2).iterencode(data))
print("iterencode:", gc.collect(), len(chunks))

gc.collect()
json.dumps(data, check_circular=False, indent=1)
print("no markers:", gc.collect())

gc.set_debug(gc.DEBUG_SAVEALL)
json.dumps([1], indent=1)
gc.collect()
kinds = {}
for o in gc.garbage:
    kinds[type(o).__name__] = kinds.get(type(o).__name__, 0) + 1
print(sorted(kinds.items()))
print(sorted(f.__name__ for f in gc.garbage if type(f).__name__ == "function"))
gc.set_debug(0)
gc.garbage.clear()
