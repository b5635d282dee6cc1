# Pure-Python AES-128 in CTR mode (in the spirit of pyperformance's crypto_pyaes): S-box built at
# start-up from GF(2^8) arithmetic, key expansion, rounds over lists of ints, bytes/bytearray.
import sys

# tests/py/programs/crypto_aes.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 50


def xtime(a):
    a <<= 1
    return (a ^ 0x1B) & 0xFF if a & 0x100 else a


def gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def build_sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gmul(a, b) == 1:
                inv[a] = b
                break
    sbox = []
    for a in range(256):
        x = inv[a]
        s = x
        for _ in range(4):
            x = ((x << 1) | (x >> 7)) & 0xFF
            s ^= x
        sbox.append(s ^ 0x63)
    return sbox


SBOX = build_sbox()
MUL2 = [gmul(i, 2) for i in range(256)]
MUL3 = [gmul(i, 3) for i in range(256)]


def expand_key(key):
    words = [list(key[i : i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        t = words[i - 1][:]
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= rcon
            rcon = xtime(rcon)
        words.append([a ^ b for a, b in zip(words[i - 4], t)])
    return [sum(words[r * 4 : r * 4 + 4], []) for r in range(11)]


def encrypt_block(block, round_keys):
    s = [b ^ k for b, k in zip(block, round_keys[0])]
    sbox = SBOX
    for rnd in range(1, 11):
        s = [sbox[b] for b in s]
        # shift rows (column-major state)
        s = [
            s[0], s[5], s[10], s[15],
            s[4], s[9], s[14], s[3],
            s[8], s[13], s[2], s[7],
            s[12], s[1], s[6], s[11],
        ]
        if rnd != 10:
            out = []
            for c in range(0, 16, 4):
                a0, a1, a2, a3 = s[c : c + 4]
                out.append(MUL2[a0] ^ MUL3[a1] ^ a2 ^ a3)
                out.append(a0 ^ MUL2[a1] ^ MUL3[a2] ^ a3)
                out.append(a0 ^ a1 ^ MUL2[a2] ^ MUL3[a3])
                out.append(MUL3[a0] ^ a1 ^ a2 ^ MUL2[a3])
            s = out
        rk = round_keys[rnd]
        s = [b ^ k for b, k in zip(s, rk)]
    return s


def ctr_crypt(data, key, nonce):
    rks = expand_key(key)
    out = bytearray()
    counter = 0
    for off in range(0, len(data), 16):
        block = nonce + counter.to_bytes(8, "big")
        ks = encrypt_block(block, rks)
        chunk = data[off : off + 16]
        out.extend(bytes(a ^ b for a, b in zip(chunk, ks)))
        counter += 1
    return bytes(out)


# FIPS-197 appendix C.1 example vector.
key = bytes(range(16))
pt = bytes.fromhex("00112233445566778899aabbccddeeff")
print(bytes(encrypt_block(pt, expand_key(key))).hex())

plaintext = ("The quick brown fox jumps over the lazy dog. " * 40).encode() * SCALE
k2 = b"sixteen byte key"
ct = ctr_crypt(plaintext, k2, b"noncenon")
back = ctr_crypt(ct, k2, b"noncenon")
print(len(ct), ct[:24].hex(), back == plaintext, sum(ct) % 65521)
