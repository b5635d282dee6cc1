# Whole-buffer and whole-container builtins, one call each on large data (where a per-element
# cost in a native shows): bytes decode/encode (latin-1, ascii, utf-8), hex/fromhex, bytes and
# str join/split, bytearray appends, list(range), dict(zip), sorted, sum, set, str methods,
# and json.dumps/json.loads of a list of small dicts.
import json
import sys

# tests/py/programs/bulk_natives.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


def checksum(*parts):
    h = 0
    for p in parts:
        h = (h * 1000003 + p) % 2305843009213693951
    return h


def main():
    n = SCALE
    raw = bytes(range(256)) * (n // 16)
    text = raw.decode("latin-1")
    back = text.encode("latin-1")
    ascii_raw = bytes(range(32, 127)) * (n // 8)
    ascii_text = ascii_raw.decode("ascii")
    utf8 = ("na\u00efve caf\u00e9 \u2603 " * (n // 16)).encode("utf-8")
    utf8_text = utf8.decode("utf-8")
    print(len(text), back == raw, len(ascii_text), len(utf8_text), ord(text[-1]))

    hexed = raw.hex()
    unhexed = bytes.fromhex(hexed)
    spaced = bytes(raw[: n // 4]).hex(" ")
    print(len(hexed), unhexed == raw, len(bytes.fromhex(spaced)))

    words = ascii_text.split("{")
    joined = "|".join(words)
    chunks = [raw[i : i + 64] for i in range(0, len(raw), 64)]
    blob = b"".join(chunks)
    buf = bytearray()
    for c in chunks[: n // 8]:
        buf += c
    print(len(words), len(joined), len(blob), len(buf), joined.count("|"), blob.count(b"\x00"))

    nums = list(range(n * 3))
    keys = [str(i) for i in range(n)]
    table = dict(zip(keys, nums))
    ordered = sorted(nums[::-1][: n])
    uniq = set(nums[: n])
    print(len(nums), sum(nums), len(table), table[keys[-1]], ordered[0], ordered[-1], len(uniq))

    upper = ascii_text.upper()
    replaced = upper.replace("A", "aa")
    print(len(upper), len(replaced), upper.find("XYZ"), replaced.rfind("aa"), upper.isupper())

    records = [{"id": i, "name": "n%d" % i, "v": i * 0.5, "ok": i % 2 == 0} for i in range(n // 4)]
    doc = json.dumps(records)
    loaded = json.loads(doc)
    print(len(doc), len(loaded), loaded[-1]["name"], sum(r["v"] for r in loaded))

    print(checksum(len(text), len(hexed), len(joined), sum(ordered) % 1000003, len(doc)))


main()
