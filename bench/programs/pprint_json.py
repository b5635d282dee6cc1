# Serialization of large nested documents (pyperformance's json_dumps/json_loads/pprint_format):
# json.dumps with indent/sort_keys/separators/default/ensure_ascii, json.loads with
# object_hook/object_pairs_hook/parse_float, JSONEncoder subclasses, and pprint.pformat with
# width/depth/compact/sort_dicts plus pprint.PrettyPrinter and safe_repr of recursive data.
import dataclasses
import datetime
import decimal
import hashlib
import json
import pprint
import re
import sys

# tests/py/bench_like/pprint_json.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 20


@dataclasses.dataclass
class Item:
    sku: str
    qty: int
    price: decimal.Decimal
    added: datetime.date


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, decimal.Decimal):
            return {"$dec": str(o)}
        if isinstance(o, datetime.date):
            return {"$date": o.isoformat()}
        if dataclasses.is_dataclass(o):
            return {"$item": dataclasses.asdict(o)}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def hook(d):
    if "$dec" in d:
        return decimal.Decimal(d["$dec"])
    if "$date" in d:
        return datetime.date.fromisoformat(d["$date"])
    if "$item" in d:
        return Item(**d["$item"])
    return d


def make_doc(n, seed):
    return {
        "id": seed,
        "name": f"document «{seed}» with \"quotes\" and \\ backslashes\tand tabs",
        "tags": {f"t{i % 5}" for i in range(seed % 7 + 1)},
        "matrix": [[(i * j + seed) % 17 / 4 for j in range(8)] for i in range(6)],
        "items": [Item(f"SKU-{seed}-{i}", i % 9, decimal.Decimal(f"{i}.{seed % 100:02d}"),
                       datetime.date(2023, 1 + i % 12, 1 + (i * seed) % 28)) for i in range(n)],
        "nested": {"level": 1, "next": {"level": 2, "next": {"level": 3, "data": list(range(seed % 10)),
                                                              "flags": [True, False, None]}}},
        "unicode": "日本 ☃ \u2028 \x00 \ud7ff",
        "numbers": [0, -1, 2 ** 53 + 1, 1e-7, 1.5e300, -0.0, 123456789.125],
    }


def main():
    h = hashlib.sha1()
    for rep in range(SCALE):
        doc = make_doc(40, rep)
        s1 = json.dumps(doc, cls=Encoder, sort_keys=True)
        s2 = json.dumps(doc, cls=Encoder, indent=2, ensure_ascii=False, separators=(",", ": "))
        s3 = json.dumps(doc, cls=Encoder, separators=(",", ":"), sort_keys=True, indent="\t")
        for s in (s1, s2, s3):
            h.update(s.encode("utf-8", "surrogatepass"))
        back = json.loads(s1, object_hook=hook)
        assert back["items"] == doc["items"], "items differ"
        assert back["matrix"] == doc["matrix"]
        pairs = json.loads(s2, object_pairs_hook=lambda kv: [k for k, _ in kv])
        h.update(repr(pairs).encode())
        exact = json.loads(s1, parse_float=decimal.Decimal, parse_int=lambda x: int(x) * 2)
        h.update(repr(exact["numbers"]).encode())
        plain = json.loads(s1)
        for width in (40, 80, 120):
            h.update(pprint.pformat(plain, width=width).encode())
        h.update(pprint.pformat(plain, depth=2, compact=True, sort_dicts=False).encode())
        h.update(pprint.pformat(doc["items"][:5], width=60).encode())
        if rep == 0:
            print(s1[:200])
            print("\n".join(s2.splitlines()[:12]))
            print(pprint.pformat(plain["nested"], width=30))
            print(pprint.pformat(doc["items"][:2], width=70))
            print(exact["numbers"])
    rec = [1, 2]
    rec.append(rec)
    d = {"self": None}
    d["self"] = d
    print(re.sub(r"id=\d+", "id=N", pprint.saferepr(rec) + pprint.saferepr(d)), pprint.isrecursive(rec), pprint.isreadable(d))
    pp = pprint.PrettyPrinter(indent=4, width=50, depth=3)
    print(pp.pformat({"a": [list(range(30)), {"b": {"c": {"d": 1}}}], "z": ("x" * 60,)}))
    print(json.dumps([float("inf"), float("nan"), None]), json.dumps("\u00e9\U0001F600"), json.dumps({1: 2, True: 3, None: 4}))
    for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"\\x"', "[1e5, 01]"):
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
    try:
        json.dumps({"x": object()})
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps(float("nan"), allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
    print(h.hexdigest())


main()
