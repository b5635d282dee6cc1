# Long inputs take the bulk paths of latin-1 decoding and bytes.fromhex (short ones a per-byte loop).
data = bytes(range(256)) * 40
text = data.decode("latin-1")
print(len(text), text[:3] == "\x00\x01\x02", text[-1] == "\xff", sum(map(ord, text)))
print(text.encode("latin-1") == data)
view = memoryview(data)[1000:9000]
part = str(view, "latin-1")
print(len(part), ord(part[0]), ord(part[-1]), part == data[1000:9000].decode("latin-1"))
print(bytearray(data)[3:5000].decode("iso-8859-1") == text[3:5000])
# ascii with errors: long valid runs between bad bytes
mixed = (b"a" * 3000 + b"\x80") * 3 + b"z" * 2000
for errors in ["replace", "ignore", "backslashreplace"]:
    s = mixed.decode("ascii", errors)
    print(errors, len(s), s.count("a"), s[2998:3006])
try:
    mixed.decode("ascii")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
# fromhex: long input, with and without whitespace, odd lengths and bad characters far in
hexed = data.hex()
print(bytes.fromhex(hexed) == data, bytearray.fromhex(hexed.upper()) == data)
spaced = " ".join(hexed[i : i + 2] for i in range(0, len(hexed), 2)) + " \t\n"
print(bytes.fromhex(spaced) == data)
for bad in [hexed + "0", hexed[:5000] + "g" + hexed[5000:], hexed[:3001] + " " + hexed[3001:],
            hexed[:4000] + "\xe9" + hexed[4000:], hexed[:4000] + "\u20ac0" + hexed[4000:]]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
