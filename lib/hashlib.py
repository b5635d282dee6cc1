"""Secure hashes and message digests (heapstack): md5, sha1, the SHA-2 family, SHA-3, SHAKE
and BLAKE2 computed by the built-in _hashlib module; pbkdf2_hmac and file_digest on top."""

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
