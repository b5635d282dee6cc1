# uuid: parsing forms, views, versions/variants, name-based uuid3/uuid5, random uuid4/uuid1 shapes, errors
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.time, u.clock_seq, u.node, u.variant, u.version, u.is_safe, int(u))
same = [uuid.UUID("12345678123456781234567812345678"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
        uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print([x == u for x in same], len({*same, u}), hash(u) == hash(u.int))
for v in range(1, 6):
    x = uuid.UUID(int=u.int, version=v)
    print(v, x, x.version, x.variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), str(r)[14], str(r)[19] in "89ab")
t = uuid.uuid1()
print(t.version, t.variant, t < uuid.uuid1() or True, t.node & (1 << 40) != 0 or t.node > 0)
t2 = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(t2.node == 0x123456789ABC, t2.clock_seq, t2.version)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(uuid.UUID(int=0).variant, uuid.UUID(int=(0xC0 << 56)).variant, uuid.UUID(int=(0xE0 << 56)).variant, uuid.UUID(int=0).version)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.RESERVED_NCS)
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID("123"), lambda: uuid.UUID("zz345678123456781234567812345678"),
            lambda: uuid.UUID(bytes=b"short"), lambda: uuid.UUID(bytes_le=b"x" * 17), lambda: uuid.UUID(fields=(1, 2)),
            lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=6), lambda: uuid.UUID(hex="0" * 32, int=0),
            lambda: setattr(u, "int", 5), lambda: u < 5]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import copy
print(copy.copy(u) == u, copy.deepcopy(u) == u)
print(u.__getstate__())
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes name")
except TypeError as e:
    print("TypeError", e)
