import io
import json

data = {"list": [1, 2, 3], "text": "h\u00e9llo", "nested": {"ok": True}}
f = io.StringIO()
json.dump(data, f)
print(f.getvalue())
f.seek(0)
print(json.load(f) == data)
f = io.StringIO()
json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
print(f.getvalue())
f.seek(0)
print(json.load(f, object_pairs_hook=list))


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


r = Recorder()
json.dump({"a": [1, 2], "b": "c"}, r)
print(r.chunks)
r = Recorder()
json.dump([1, {"x": None}], r, indent=1)
print(r.chunks)


class Reader:
    def read(self):
        return '{"from": "reader"}'


print(json.load(Reader()))
