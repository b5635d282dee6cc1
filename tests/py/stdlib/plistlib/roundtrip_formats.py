# plistlib: XML and binary property lists written byte for byte as python3 writes
# them, read back, and the errors for values a plist cannot hold.
import datetime
import io
import os
import plistlib
import tempfile

config = {
    "name": "Demo & <Co>",
    "version": 3,
    "ratio": 0.75,
    "enabled": True,
    "beta": False,
    "tags": ["a", "b", ("c", "d")],
    "empty_list": [],
    "empty_dict": {},
    "nested": {"z": 1, "a": {"deep": [1, 2, 3]}, "m": -5},
    "blob": bytes(range(70)),
    "small": b"hi",
    "when": datetime.datetime(2024, 2, 29, 13, 45, 7),
    "big": 2**63 + 5,
    "neg": -(2**63),
    "unicode": "caf\u00e9 \u2603",
    "crlf": "line1\r\nline2\rline3",
}

xml = plistlib.dumps(config)
print(xml.decode())
back = plistlib.loads(xml)
print(back == {**config, "tags": ["a", "b", ["c", "d"]]}, sorted(back))
print(plistlib.dumps(config, sort_keys=False).decode().splitlines()[3:6])
try:
    plistlib.loads(xml.decode())
except TypeError as e:
    print("TypeError", e)

binary = plistlib.dumps(config, fmt=plistlib.FMT_BINARY)
print(len(binary), binary[:8], binary[-32:].hex())
print(binary.hex())
print(plistlib.loads(binary) == back)
print(plistlib.dumps(config, fmt=plistlib.FMT_BINARY, sort_keys=False).hex()[-64:])

repeated = {"a": "same", "b": "same", "c": [1, 1, 1.0, True], "d": [], "e": []}
print(plistlib.dumps(repeated, fmt=plistlib.FMT_BINARY).hex())
many = {"k%03d" % i: "v" * (i % 20) for i in range(300)}
data = plistlib.dumps(many, fmt=plistlib.FMT_BINARY)
print(len(data), data[-32:].hex(), plistlib.loads(data) == many)
print(plistlib.dumps([b"x" * 200], fmt=plistlib.FMT_BINARY)[:14].hex())

uid = plistlib.UID(7)
print(uid, repr(plistlib.UID(300)), uid == plistlib.UID(7), hash(uid) == hash(7))
u = plistlib.dumps({"$top": {"root": uid}, "big": plistlib.UID(2**40)}, fmt=plistlib.FMT_BINARY)
print(u.hex(), plistlib.loads(u))
for bad in ("x", -1, 2**64):
    try:
        plistlib.UID(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(plistlib.FMT_XML, repr(plistlib.FMT_BINARY), list(plistlib.PlistFormat))
print(plistlib.loads(plistlib.dumps("just a string")), plistlib.loads(plistlib.dumps(12)))
od = plistlib.loads(xml, dict_type=dict)
print(type(od).__name__)

for value, fmt in [
    ({"a": None}, plistlib.FMT_XML),
    ({1: 2}, plistlib.FMT_XML),
    ({1: 2}, plistlib.FMT_BINARY),
    ({"a": 2**64}, plistlib.FMT_XML),
    ({"a": 2**64}, plistlib.FMT_BINARY),
    ({"a": -(2**63) - 1}, plistlib.FMT_BINARY),
    ({"a": "bell\x07"}, plistlib.FMT_XML),
    ({"a": object}, plistlib.FMT_XML),
    ({"a": uid}, plistlib.FMT_XML),
]:
    try:
        plistlib.dumps(value, fmt=fmt)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(plistlib.dumps({1: 2, "b": 3}, skipkeys=True, sort_keys=False).decode().count("<key>"))
print(plistlib.dumps({1: 2, "b": 3}, fmt=plistlib.FMT_BINARY, skipkeys=True, sort_keys=False).hex())
try:
    plistlib.dumps({}, fmt="xml")
except ValueError as e:
    print("ValueError", e)
for junk in (b"not a plist", b"bplist00" + b"\x00" * 10):
    try:
        plistlib.loads(junk)
    except plistlib.InvalidFileException as e:
        print("InvalidFileException", e, isinstance(e, ValueError))

hand = b"""<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
    <key>hex</key><integer>0x1F</integer>
    <key>date</key><date>2001-05-06Z</date>
    <key>text</key><string>a &amp; b</string>
    <key>none</key><string/>
    <key>data</key><data>
    aGVsbG8g
    d29ybGQ=
    </data>
</dict>
</plist>
"""
print(plistlib.loads(hand))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "settings.plist")
    with open(path, "wb") as f:
        plistlib.dump({"width": 640, "height": 480}, f)
    with open(path, "rb") as f:
        print(plistlib.load(f))
    with open(path, "wb") as f:
        plistlib.dump({"width": 640}, f, fmt=plistlib.FMT_BINARY)
    with open(path, "rb") as f:
        print(plistlib.load(f), os.path.getsize(path))
buf = io.BytesIO()
plistlib.dump([1, 2], buf, fmt=plistlib.FMT_BINARY)
buf.seek(0)
print(plistlib.load(buf, fmt=plistlib.FMT_BINARY))
