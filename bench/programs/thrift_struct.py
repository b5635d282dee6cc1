# A thrift/protobuf-like binary protocol: struct definitions as field specs, a compact encoder
# using varints (zigzag), struct.pack for doubles, length-prefixed strings, nested lists/maps,
# written into a bytearray and read back through memoryview slices; plus array-based columns.
import array
import hashlib
import struct
import sys

# tests/py/bench_like/thrift_struct.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1200

T_BOOL, T_I32, T_I64, T_DOUBLE, T_STRING, T_LIST, T_MAP, T_STRUCT = range(1, 9)
DOUBLE = struct.Struct("<d")
HEADER = struct.Struct(">HBI")


class Spec:
    def __init__(self, name, fields):
        self.name = name
        self.fields = fields  # [(id, name, type, sub)]
        self.by_id = {f[0]: f for f in fields}


POINT = Spec("Point", [(1, "x", T_DOUBLE, None), (2, "y", T_DOUBLE, None)])
TAG = Spec("Tag", [(1, "key", T_STRING, None), (2, "value", T_STRING, None)])
EVENT = Spec("Event", [
    (1, "id", T_I64, None), (2, "kind", T_I32, None), (3, "name", T_STRING, None),
    (4, "active", T_BOOL, None), (5, "where", T_STRUCT, POINT), (6, "path", T_LIST, (T_STRUCT, POINT)),
    (7, "tags", T_LIST, (T_STRUCT, TAG)), (8, "counts", T_MAP, (T_STRING, T_I32)),
    (9, "payload", T_STRING, None), (10, "score", T_DOUBLE, None),
])


def write_varint(buf, n):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            buf.append(b | 0x80)
        else:
            buf.append(b)
            return


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def unzigzag(n):
    return (n >> 1) ^ -(n & 1)


def write_value(buf, t, sub, v):
    if t == T_BOOL:
        buf.append(1 if v else 0)
    elif t in (T_I32, T_I64):
        write_varint(buf, zigzag(v) & 0xFFFFFFFFFFFFFFFF)
    elif t == T_DOUBLE:
        buf += DOUBLE.pack(v)
    elif t == T_STRING:
        data = v.encode("utf-8") if isinstance(v, str) else v
        write_varint(buf, len(data))
        buf += data
    elif t == T_LIST:
        et, es = sub if isinstance(sub, tuple) else (sub, None)
        buf.append(et)
        write_varint(buf, len(v))
        for item in v:
            write_value(buf, et, es, item)
    elif t == T_MAP:
        kt, vt = sub
        buf.append(kt << 4 | vt)
        write_varint(buf, len(v))
        for k in sorted(v):
            write_value(buf, kt, None, k)
            write_value(buf, vt, None, v[k])
    elif t == T_STRUCT:
        write_struct(buf, sub, v)


def write_struct(buf, spec, obj):
    last = 0
    for fid, name, t, sub in spec.fields:
        v = obj.get(name)
        if v is None:
            continue
        delta = fid - last
        if 0 < delta <= 15:
            buf.append(delta << 4 | t)
        else:
            buf.append(t)
            write_varint(buf, fid)
        last = fid
        write_value(buf, t, sub, v)
    buf.append(0)


class Reader:
    __slots__ = ("mv", "pos")

    def __init__(self, data):
        self.mv = memoryview(data)
        self.pos = 0

    def byte(self):
        b = self.mv[self.pos]
        self.pos += 1
        return b

    def varint(self):
        shift = result = 0
        while True:
            b = self.mv[self.pos]
            self.pos += 1
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7

    def value(self, t, sub):
        if t == T_BOOL:
            return self.byte() == 1
        if t in (T_I32, T_I64):
            n = self.varint()
            if n >= 1 << 63:
                n -= 1 << 64
            return unzigzag(n)
        if t == T_DOUBLE:
            (v,) = DOUBLE.unpack_from(self.mv, self.pos)
            self.pos += 8
            return v
        if t == T_STRING:
            n = self.varint()
            s = bytes(self.mv[self.pos:self.pos + n])
            self.pos += n
            try:
                return s.decode("utf-8")
            except UnicodeDecodeError:
                return s
        if t == T_LIST:
            et = self.byte()
            es = sub[1] if isinstance(sub, tuple) else None
            return [self.value(et, es) for _ in range(self.varint())]
        if t == T_MAP:
            kv = self.byte()
            n = self.varint()
            out = {}
            for _ in range(n):
                k = self.value(kv >> 4, None)
                out[k] = self.value(kv & 15, None)
            return out
        if t == T_STRUCT:
            return self.struct(sub)
        raise ValueError(f"bad type {t}")

    def struct(self, spec):
        obj = {}
        last = 0
        while True:
            h = self.byte()
            if h == 0:
                return obj
            t = h & 15
            fid = last + (h >> 4) if h >> 4 else self.varint()
            last = fid
            _, name, ft, sub = spec.by_id[fid]
            assert ft == t, (ft, t)
            obj[name] = self.value(t, sub)


def make_event(i):
    return {
        "id": i * 1_000_003 - 500_000_000 * (i % 3),
        "kind": i % 7 - 3,
        "name": f"event-{i}-é",
        "active": i % 2 == 0,
        "where": {"x": i / 7.0, "y": -i * 0.25},
        "path": [{"x": float(j), "y": j * 1.5} for j in range(i % 5)],
        "tags": [{"key": f"k{j}", "value": "v" * j} for j in range(i % 4)],
        "counts": {f"c{j}": j * i - 40 for j in range(i % 6)},
        "payload": bytes(range(i % 50, i % 50 + 20)) + b"\xff",
        "score": (i * 2654435761 % 1000) / 997 if i % 5 else None,
    }


def columns(events):
    ids = array.array("q", (e["id"] for e in events))
    xs = array.array("d", (e["where"]["x"] for e in events))
    kinds = array.array("b", (e["kind"] for e in events))
    raw = ids.tobytes() + xs.tobytes() + kinds.tobytes()
    back = array.array("q")
    back.frombytes(raw[:len(ids) * 8])
    mv = memoryview(raw).cast("B")
    return sum(back) % 1000003, round(sum(xs), 6), sum(kinds), mv[3], len(mv), xs.itemsize, kinds.typecode


def main():
    h = hashlib.blake2b(digest_size=16)
    total = 0
    events = [make_event(i) for i in range(SCALE)]
    for rep in range(4):
        buf = bytearray()
        for e in events:
            start = len(buf)
            buf += HEADER.pack(0xCAFE, 1, 0)
            write_struct(buf, EVENT, e)
            struct.pack_into(">I", buf, start + 3, len(buf) - start - HEADER.size)
        total += len(buf)
        h.update(buf)
        r = Reader(bytes(buf))
        decoded = []
        while r.pos < len(buf):
            magic, ver, length = HEADER.unpack_from(r.mv, r.pos)
            assert magic == 0xCAFE and ver == 1
            r.pos += HEADER.size
            end = r.pos + length
            decoded.append(r.struct(EVENT))
            assert r.pos == end
        for a, b in zip(events, decoded):
            want = {k: v for k, v in a.items() if v is not None}
            assert want == b, (a, b)
    print(total, decoded[3])
    print(columns(events), h.hexdigest())
    print(struct.calcsize("<HiQd?5s"), struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.pack(">q", -2).hex())
    try:
        struct.pack("<h", 70000)
    except struct.error as e:
        print("struct.error:", e)


main()
