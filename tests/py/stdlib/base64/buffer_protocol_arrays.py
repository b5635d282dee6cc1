# base64 and binascii take any object with the buffer protocol, array.array included (they
# accepted bytes, bytearray and memoryview only); encodebytes/decodebytes want single bytes.
import array
import base64
import binascii

data = array.array("B", b"hello, world")
words = array.array("h", [1, 2, 3])
for name in ("b64encode", "b32encode", "b32hexencode", "b16encode", "a85encode", "b85encode",
             "urlsafe_b64encode", "standard_b64encode", "encodebytes"):
    for arg in (data, words):
        try:
            print(name, arg.typecode, getattr(base64, name)(arg))
        except TypeError as e:
            print(name, arg.typecode, "TypeError", e)
encoded = {
    "b64decode": b"aGVsbG8=", "b32decode": b"NBSWY3DP", "b16decode": b"68656C6C6F",
    "a85decode": b"BOu!rDZ", "b85decode": b"Xk~0{Zv", "decodebytes": b"aGVsbG8=\n",
    "urlsafe_b64decode": b"aGVsbG8=",
}
for name, text in encoded.items():
    print(name, getattr(base64, name)(array.array("B", text)))
for name in ("hexlify", "b2a_base64", "b2a_hex", "crc32", "crc_hqx", "b2a_uu", "b2a_qp"):
    args = (data, 0) if name == "crc_hqx" else (data,)
    print(name, getattr(binascii, name)(*args))
print(binascii.unhexlify(array.array("B", b"414243")), binascii.a2b_base64(array.array("B", b"QUJD")))
for bad in (42, [1, 2], "text"):
    try:
        base64.b64encode(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
    try:
        binascii.hexlify(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
