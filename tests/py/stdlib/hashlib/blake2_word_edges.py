# BLAKE2 words at their edges: carries across the 32-bit halves of BLAKE2b's 64-bit words
# (all-0xff data and keys), the largest node offsets, full-size keys and digests, and a stream
# fed in pieces that end on and off block boundaries, compared with one update and with copies.
import hashlib

for cls, block in [(hashlib.blake2b, 128), (hashlib.blake2s, 64)]:
    top = 2 ** 64 - 1 if cls is hashlib.blake2b else 2 ** 48 - 1
    print(cls(b"\xff" * (3 * block), key=b"\xff" * cls.MAX_KEY_SIZE,
              digest_size=cls.MAX_DIGEST_SIZE).hexdigest())
    print(cls(b"\x00" * block, node_offset=top, node_depth=255, inner_size=cls.MAX_DIGEST_SIZE,
              fanout=255, depth=255, leaf_size=2 ** 32 - 1, last_node=True).hexdigest())
    data = bytes((i * 7919 + 13) % 256 for i in range(20 * block + 5))
    whole = cls(data, digest_size=7).hexdigest()
    for piece in [1, block - 1, block, block + 1, 5 * block, 3 * block + 17]:
        h = cls(digest_size=7)
        copies = []
        for i in range(0, len(data), piece):
            h.update(data[i:i + piece])
            copies.append(h.copy())
        print(piece, h.hexdigest() == whole, copies[len(copies) // 2].hexdigest())
    print(whole, cls(memoryview(data)[block:]).hexdigest()[:32], cls(bytearray(b"ab")).digest())
