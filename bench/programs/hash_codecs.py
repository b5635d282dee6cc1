# Hashing and codecs (hashlib, hmac, base64, binascii, zlib): digests of many buffers with
# md5/sha1/sha256/sha512/blake2b, hmac, base64/b32/b85 round trips, crc32/adler32, zlib
# compress/decompress at several levels and with compressobj/decompressobj streaming.
import base64
import binascii
import hashlib
import hmac
import sys
import zlib

# tests/py/bench_like/hash_codecs.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1500


def main():
    blobs = [bytes((i * j * 7 + j) % 256 for j in range(64 + i % 100)) for i in range(SCALE)]
    acc = hashlib.sha256()
    for b in blobs:
        acc.update(hashlib.md5(b).digest())
        acc.update(hashlib.sha1(b).digest())
        acc.update(hashlib.sha512(b).digest()[:8])
        acc.update(hashlib.blake2b(b, digest_size=16).digest())
        acc.update(hmac.new(b"key", b, "sha256").digest())
    print(acc.hexdigest())
    h = hashlib.new("sha224")
    h.update(b"abc")
    h2 = h.copy()
    h2.update(b"def")
    print(h.hexdigest(), h2.hexdigest()[:16], h.name, h.digest_size, h.block_size)
    enc = 0
    for b in blobs:
        e64 = base64.b64encode(b)
        assert base64.b64decode(e64) == b
        u = base64.urlsafe_b64encode(b)
        e32 = base64.b32encode(b[:40])
        e85 = base64.b85encode(b[:40])
        assert base64.b32decode(e32) == b[:40] and base64.b85decode(e85) == b[:40]
        enc += len(e64) + len(u) + len(e32) + len(e85)
    print(enc, base64.b64encode(blobs[3][:10]), base64.b16encode(b"\x01\xff"), base64.a85encode(b"hello"))
    crc = 0
    ad = 1
    for b in blobs:
        crc = zlib.crc32(b, crc)
        ad = zlib.adler32(b, ad)
    print(crc, ad, binascii.crc32(b"hello"), binascii.hexlify(b"\x00\xab", "-"))
    text = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 9)) for i in range(SCALE * 10))
    sizes = []
    for level in (1, 6, 9):
        z = zlib.compress(text, level)
        assert zlib.decompress(z) == text
        sizes.append(len(z) < len(text))
    co = zlib.compressobj(6, zlib.DEFLATED, -15)
    parts = [co.compress(text[i : i + 1000]) for i in range(0, len(text), 1000)]
    parts.append(co.flush())
    raw = b"".join(parts)
    do = zlib.decompressobj(-15)
    out = b"".join(do.decompress(raw[i : i + 333]) for i in range(0, len(raw), 333)) + do.flush()
    print(sizes, out == text, len(text), zlib.decompress(zlib.compress(b"x" * 1000)) == b"x" * 1000)
    print(hashlib.sha256(text).hexdigest())


main()
