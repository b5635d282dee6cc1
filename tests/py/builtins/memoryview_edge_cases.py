import struct, io, array
buf = bytearray(6)
for f in (lambda: struct.pack_into("B", memoryview(buf)[::2], 0, 1),
          lambda: io.BytesIO(b"ab").readinto(memoryview(buf)[::2]),
          lambda: io.BytesIO(b"ab").readinto(memoryview(b"xx")),
          lambda: struct.pack_into("B", memoryview(b"xx"), 0, 1),
          lambda: memoryview(b"ab")[0:1:0],
          lambda: memoryview(b"abc").cast("B", shape=(3,)).cast("c", shape=(1, 3)),
          lambda: bytes(memoryview(b"abcd").cast("B", [2, 2])),
          lambda: memoryview(array.array("f", [0.1])).tolist(),
          lambda: memoryview(b"ab") == memoryview(bytearray(b"ab")),
          lambda: memoryview(array.array("u", "hi")).format,
          lambda: memoryview(array.array("u", "hi")).tolist(),
          lambda: memoryview(array.array("u", "hi")) == memoryview(array.array("u", "hi")),
          lambda: memoryview(array.array("q", [-1])).tolist(),
          lambda: memoryview(array.array("Q", [2**64 - 1])).tolist(),
          lambda: list(memoryview(array.array("b", [-1, 2]))),
          lambda: memoryview(bytearray(b"ab")).toreadonly().obj,
          lambda: len(memoryview(b"abcd").cast("B", [2, 2])),
          lambda: memoryview(b"abcd").cast("B", [2, 2]).tobytes(),
          lambda: hash(memoryview(b"abcd").cast("B", [2, 2])) == hash(b"abcd"),
          lambda: memoryview(b"x").__enter__().tobytes(),
          lambda: bytearray(b"ab") + memoryview(b"cd"),
          lambda: memoryview(b"ab") + b"c",
          lambda: memoryview(b"ab") * 2,
          lambda: b"a" in memoryview(b"ab"),
          lambda: 97 in memoryview(b"ab"),
          lambda: sum(memoryview(b"\x01\x02")),
          lambda: str(memoryview(b"a"))[:8],
          lambda: memoryview(b"abc")[True],
          lambda: memoryview(b"abc")[...],
          ):
    try:
        r = f()
        print(repr(r) if not isinstance(r, memoryview) else ("mv", r.tolist()))
    except Exception as e:
        print(type(e).__name__, e)
