# METH_NOARGS / METH_O messages name the method by its type: HASH.digest(), HASHXOF.update(),
# blake2b.copy(), bytes.fromhex() (they said digest(), fromhex()).
import hashlib
for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s", "shake_128"]:
    h = hashlib.new(n)
    for m in ["update", "digest", "hexdigest", "copy"]:
        try: getattr(h, m)(*(() if m == "update" else (1,)))
        except TypeError as e: print(n, e)
    print(type(h).__name__, type(h).__module__)
for b in [bytes, bytearray]:
    try: b.fromhex()
    except TypeError as e: print(e)
    try: b.fromhex(1, 2)
    except TypeError as e: print(e)
