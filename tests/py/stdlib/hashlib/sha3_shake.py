# hashlib SHA-3 and SHAKE: digests over padding-boundary lengths, incremental updates, copies,
# variable-length SHAKE output, attributes and errors
import hashlib

for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    for n in [0, 1, 3, 71, 72, 73, 103, 104, 135, 136, 137, 143, 144, 145, 300, 1000]:
        data = bytes((i * 7 + n) % 256 for i in range(n))
        h = hashlib.new(name, data)
        g = getattr(hashlib, name)()
        for i in range(0, n, 13):
            g.update(data[i:i + 13])
        print(name, n, h.hexdigest(), g.digest() == h.digest(), h.digest_size, h.block_size, h.name)
for name in ["shake_128", "shake_256"]:
    h = getattr(hashlib, name)(b"The quick brown fox")
    c = h.copy()
    c.update(b" jumps")
    print(name, h.hexdigest(0), h.hexdigest(1), h.hexdigest(32), len(h.digest(500)), h.digest(200)[-8:].hex(),
          c.hexdigest(20), h.digest_size, h.block_size, h.name, hashlib.new(name, b"").hexdigest(16), type(h).__name__)
    for bad in [lambda: h.digest(), lambda: h.hexdigest(-1), lambda: h.digest("4")]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed - {"blake2b", "blake2s"}))
for bad in ["SHA3_256", "SHAKE_128"]:
    try:
        hashlib.new(bad)
    except ValueError as e:
        print("ValueError", e)
print(hashlib.new("MD5").name, hashlib.new("Sha256").name, type(hashlib.sha3_256()).__name__)
