import hashlib
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=16, r=8, p=1, dklen=32).hex())
print(hashlib.scrypt(bytearray(b"pw"), salt=memoryview(b"s"), n=32, r=2, p=3).hex())
for kw in [dict(salt=b"s", n=3, r=1, p=1), dict(n=2, r=1, p=1), dict(salt=b"s", n=2, r=1, p=1, dklen=0), dict(salt=b"s", r=1, p=1), dict(salt=b"s", n=2**20, r=8, p=1), dict(salt=b"s", n=2, r=1, p=1, maxmem=-1), dict(salt=b"s", n=2, r=0, p=1)]:
    try: print(hashlib.scrypt(b"p", **kw).hex())
    except Exception as e: print(type(e).__name__, e)
try: hashlib.scrypt("s", salt=b"x", n=2, r=1, p=1)
except TypeError as e: print(e)
