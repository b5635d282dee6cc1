import base64, binascii, random
random.seed(5)
for n in list(range(0, 30)) + [100, 257]:
    for t in range(5):
        b = bytes(random.randrange(256) for _ in range(n))
        if t == 1: b = bytes(n)
        if t == 2: b = b' ' * n
        e = base64.b64encode(b); assert base64.b64decode(e) == b
        print(n, e, base64.b32encode(b), base64.b32hexencode(b), base64.b85encode(b), base64.b85encode(b, pad=True), base64.a85encode(b, foldspaces=True), base64.a85encode(b, pad=True, adobe=True))
        assert base64.b32decode(base64.b32encode(b)) == b
        assert base64.b32hexdecode(base64.b32hexencode(b)) == b
        assert base64.b85decode(base64.b85encode(b)) == b
        print(binascii.crc32(b), binascii.crc32(b, -5), binascii.crc32(b, 2**40+3), binascii.b2a_base64(b), binascii.b2a_base64(b, newline=False))
bad = [b'', b'=', b'a', b'ab', b'abc', b'ab=', b'ab==', b'ab==x', b'=ab=', b'a=b=', b'ab!c', b'abcd=', b'ab=c', b'abc=d', b'abcde', b'a\nbcd', '\u00e9', 'abcd', bytearray(b'abcd'), memoryview(b'ab=='), 5, None]
for d in bad:
    for strict in (False, True):
        try: print(type(d).__name__, strict, binascii.a2b_base64(d, strict_mode=strict))
        except Exception as e: print(type(d).__name__, strict, type(e).__name__, e)
for d in [b'', b'AA======', b'AAAA====', b'AAAAA===', b'AAAAAA==', b'AAAAAAA=', b'A=======', b'AAAAAAAA', b'AAAAAAA', b'aaaaaaaa', b'AA=A====', b'AA1AAAAA', b'========', b'0AAAAAAA', 'MZXW6===', 5]:
    for kw in ({}, {'casefold': True}, {'map01': b'L'}):
        try: print(repr(d), kw, base64.b32decode(d, **kw))
        except Exception as e: print(repr(d), kw, type(e).__name__, e)
for d in [b'', b'0', b'00', b'|NsC0', b'|NsC1', b'~~~~~', b'{{{{{', b'ab cd', b'ab"cd', 'VPa!s', b'abcdefg', 7]:
    try: print(repr(d), base64.b85decode(d))
    except Exception as e: print(repr(d), type(e).__name__, e)
for d in [5, 'x', bytearray(b'ab'), memoryview(b'xyz')]:
    for f in (base64.b32encode, base64.b85encode, binascii.b2a_base64, binascii.crc32, base64.b64encode):
        try: print(f.__name__, f(d))
        except Exception as e: print(f.__name__, type(e).__name__, e)
print(binascii.crc32(b'hello', True), binascii.Error.__module__)
