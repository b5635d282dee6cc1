# hashlib BLAKE2: blake2b/blake2s over padding-boundary lengths, digest sizes, keys, salts,
# personalization, tree parameters, copies, class constants and parameter errors
import hashlib

for cls, block in [(hashlib.blake2b, 128), (hashlib.blake2s, 64)]:
    for n in [0, 1, block - 1, block, block + 1, 2 * block, 1000]:
        data = bytes((i * 13 + n) % 256 for i in range(n))
        h = cls(data)
        g = cls()
        for i in range(0, n, 17):
            g.update(data[i:i + 17])
        print(h.name, n, h.hexdigest(), g.hexdigest() == h.hexdigest(), h.digest_size, h.block_size)
    print(cls(b"abc", digest_size=16).hexdigest(), cls(b"abc", key=b"secret").hexdigest(),
          cls(key=b"k" * 8).hexdigest(), cls(b"x", salt=b"salty", person=b"me").hexdigest(),
          cls(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
              inner_size=16, last_node=True).hexdigest())
    c = cls(b"part one")
    d = c.copy()
    d.update(b" and two")
    print(c.hexdigest(), d.hexdigest() == cls(b"part one and two").hexdigest(), type(c).__name__,
          cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    for bad in [dict(digest_size=0), dict(digest_size=100), dict(key=b"k" * 100), dict(salt=b"s" * 20),
                dict(person=b"p" * 20), dict(fanout=256), dict(depth=0), dict(node_depth=300),
                dict(inner_size=100), dict(leaf_size=2 ** 32), dict(data="str")]:
        try:
            cls(**bad)
        except Exception as e:
            print(type(e).__name__, e)
print(hashlib.new("blake2b", b"via new", digest_size=20).hexdigest(), hashlib.new("blake2s").hexdigest(),
      sorted(hashlib.algorithms_guaranteed))
