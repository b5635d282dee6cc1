import hmac, hashlib
key = b"secret-key"
for alg in ("md5", "sha1", "sha256", "sha512", hashlib.sha224, hashlib.sha3_256):
    h = hmac.new(key, b"The quick brown fox", alg)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b"k" * 200, digestmod="sha256")
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest())
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(bytearray(b"x"), b"x"))
print(hmac.new(b"", b"", "md5").hexdigest())
for f in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='sha256'), lambda: hmac.new(b'k', 'msg', 'sha256'), lambda: hmac.new(b'k', digestmod='nope'), lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('é', 'é')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(type(h).__name__, hmac.HMAC.blocksize, hmac.digest_size, len(hmac.trans_5C))
