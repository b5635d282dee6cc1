"""Secure hashes and message digests (heapstack): md5, sha1, the SHA-2 family, SHA-3, SHAKE
and BLAKE2 computed by the built-in _hashlib module; pbkdf2_hmac, scrypt and file_digest on top."""

import _hashlib

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b',
                      'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128',
                      'shake_256')
algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)
__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available',
                                'pbkdf2_hmac', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if 'string' in kwargs:
        data = kwargs.pop('string')
    if name in ('blake2b', 'blake2s'):
        return (blake2b if name == 'blake2b' else blake2s)(data, **kwargs)
    kwargs.pop('usedforsecurity', None)
    if kwargs:
        raise TypeError("new() got an unexpected keyword argument %r" % next(iter(kwargs)))
    return _hashlib.new(name, data)


def _as_bytes(value):
    if isinstance(value, (str, int)) or value is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    return bytes(value)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    probe = new(hash_name)
    block = probe.block_size
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = probe.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if len(password) > block:
        password = new(hash_name, password).digest()
    password = password.ljust(block, b'\0')
    inner_pad = bytes(b ^ 0x36 for b in password)
    outer_pad = bytes(b ^ 0x5c for b in password)
    inner_base = new(hash_name, inner_pad)
    outer_base = new(hash_name, outer_pad)

    def prf(message):
        inner = inner_base.copy()
        inner.update(message)
        outer = outer_base.copy()
        outer.update(inner.digest())
        return outer.digest()

    key = b''
    counter = 1
    while len(key) < dklen:
        u = prf(salt + counter.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        key += acc.to_bytes(len(u), 'big')
        counter += 1
    return key[:dklen]


def _salsa20_8(b):
    """The Salsa20/8 core over 16 little-endian words (RFC 7914, section 3)."""
    x = list(b)
    for _ in range(4):
        for a, c, d, e in ((4, 0, 12, 7), (8, 4, 0, 9), (12, 8, 4, 13), (0, 12, 8, 18),
                           (9, 5, 1, 7), (13, 9, 5, 9), (1, 13, 9, 13), (5, 1, 13, 18),
                           (14, 10, 6, 7), (2, 14, 10, 9), (6, 2, 14, 13), (10, 6, 2, 18),
                           (3, 15, 11, 7), (7, 3, 15, 9), (11, 7, 3, 13), (15, 11, 7, 18),
                           (1, 0, 3, 7), (2, 1, 0, 9), (3, 2, 1, 13), (0, 3, 2, 18),
                           (6, 5, 4, 7), (7, 6, 5, 9), (4, 7, 6, 13), (5, 4, 7, 18),
                           (11, 10, 9, 7), (8, 11, 10, 9), (9, 8, 11, 13), (10, 9, 8, 18),
                           (12, 15, 14, 7), (13, 12, 15, 9), (14, 13, 12, 13), (15, 14, 13, 18)):
            t = (x[c] + x[d]) & 0xFFFFFFFF
            x[a] ^= ((t << e) | (t >> (32 - e))) & 0xFFFFFFFF
    return [(x[i] + b[i]) & 0xFFFFFFFF for i in range(16)]


def _block_mix(words, r):
    x = words[-16:]
    even = []
    odd = []
    for i in range(2 * r):
        chunk = words[16 * i:16 * i + 16]
        x = _salsa20_8([x[k] ^ chunk[k] for k in range(16)])
        (odd if i & 1 else even).extend(x)
    return even + odd


def scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64):
    """scrypt password-based key derivation function (RFC 7914)."""
    if salt is None:
        raise TypeError("salt is required")
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    for name, value in (("n", n), ("r", r), ("p", p)):
        if not isinstance(value, int):
            raise TypeError("%s is required and must be an unsigned int" % name)
    if n < 2 or n & (n - 1):
        raise ValueError("n must be a power of 2.")
    if maxmem < 0 or maxmem > 0x7FFFFFFF:
        raise ValueError("maxmem must be positive and smaller than %d" % 0x7FFFFFFF)
    if dklen < 1 or dklen > 0x7FFFFFFF:
        raise ValueError("dklen must be greater than 0 and smaller than %d" % 0x7FFFFFFF)
    limit = maxmem or 32 * 1024 * 1024
    if r < 1 or p < 1 or n >= 1 << (16 * r):
        raise ValueError("Invalid parameter combination for n, r, p, maxmem.")
    if 128 * r * (n + 2) + 128 * r * p > limit:
        # OpenSSL's message
        raise ValueError("[digital envelope routines] memory limit exceeded")
    size = 128 * r
    b = pbkdf2_hmac('sha256', password, salt, 1, p * size)
    out = bytearray()
    for i in range(p):
        chunk = b[i * size:(i + 1) * size]
        x = [int.from_bytes(chunk[k:k + 4], 'little') for k in range(0, size, 4)]
        v = []
        for _ in range(n):
            v.append(x)
            x = _block_mix(x, r)
        for _ in range(n):
            vj = v[x[-16] & (n - 1)]
            x = _block_mix([a ^ c for a, c in zip(x, vj)], r)
        out += b''.join(w.to_bytes(4, 'little') for w in x)
    return pbkdf2_hmac('sha256', password, bytes(out), 1, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') or hasattr(fileobj, 'read')) or (
            hasattr(fileobj, 'readable') and not fileobj.readable()):
        raise ValueError("'%r' is not a file-like object in binary reading mode." % (fileobj,))
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
