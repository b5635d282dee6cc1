def pack_u16(n):
    return bytes([n & 0xff, n >> 8])
def unpack_u16(b, i):
    return b[i] | (b[i + 1] << 8)
msg = bytearray()
for n in [1, 258, 65535, 4660]:
    msg += pack_u16(n)
msg.extend(b"END")
print(msg, [unpack_u16(msg, i) for i in range(0, 8, 2)], msg.find(b"END"), msg[-3:].decode())
chk = 0
for byte in msg:
    chk = (chk * 31 + byte) % 65521
print(chk, hex(chk), msg.hex(" ", 2))
records = b"alice:30;bob:25;carol:41".split(b";")
print([(name.decode(), int(age)) for name, age in (r.split(b":") for r in records)])
