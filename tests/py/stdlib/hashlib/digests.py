# hashlib: every algorithm on padding-boundary lengths, incremental updates, copy, pbkdf2_hmac, file_digest, errors
import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 119, b'a'*120, bytes(range(256)) * 40]:
        h = hashlib.new(name, data)
        g = getattr(hashlib, name)()
        for i in range(0, len(data), 7): g.update(data[i:i+7])
        print(name, len(data), h.hexdigest(), g.hexdigest() == h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(b"x"); c = h.copy(); c.update(b"y"); print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"xy").digest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex(), hashlib.pbkdf2_hmac('sha1', b'p'*100, b's', 3, 50).hex())
for bad in [lambda: hashlib.md5("s"), lambda: hashlib.md5(5), lambda: hashlib.new("nope"), lambda: hashlib.new("blake2b") if False else hashlib.new("whirlpool")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(hashlib.md5(bytearray(b"ab")).hexdigest(), hashlib.sha1(bytearray(b"ab")).hexdigest(), hashlib.new("SHA256", b"q").hexdigest(), hashlib.md5(string=b"a").hexdigest())
import io
print(hashlib.file_digest(io.BytesIO(b"hello"), "sha256").hexdigest())
print(type(hashlib.md5()).__name__, sorted(hashlib.algorithms_guaranteed & {'md5','sha1','sha256'}))
