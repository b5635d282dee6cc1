# Bit-level decompression (in the spirit of pyperformance's pyflate): a pure-Python DEFLATE
# decoder (stored, fixed and dynamic Huffman blocks) reading bits LSB-first, checked against
# zlib.compress of generated text at several levels, plus a CRC-32 computed by table.
import sys
import zlib

# tests/py/bench_like/inflate_bits.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 24

LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
            131, 163, 195, 227, 258]
LEN_EXTRA = [0] * 8 + [1] * 4 + [2] * 4 + [3] * 4 + [4] * 4 + [5] * 4 + [0]
DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
             2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
DIST_EXTRA = [0, 0, 0, 0] + [i // 2 for i in range(2, 28)]
CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.bitbuf = 0
        self.bitcnt = 0

    def bits(self, n):
        while self.bitcnt < n:
            self.bitbuf |= self.data[self.pos] << self.bitcnt
            self.pos += 1
            self.bitcnt += 8
        v = self.bitbuf & ((1 << n) - 1)
        self.bitbuf >>= n
        self.bitcnt -= n
        return v

    def align(self):
        self.bitbuf = 0
        self.bitcnt = 0


class Huffman:
    """Canonical Huffman decoding table: counts per length and symbols in code order."""

    def __init__(self, lengths):
        self.counts = [0] * 16
        for ln in lengths:
            self.counts[ln] += 1
        self.counts[0] = 0
        offs = [0] * 16
        for i in range(1, 16):
            offs[i] = offs[i - 1] + self.counts[i - 1]
        self.symbols = [0] * len(lengths)
        for sym, ln in enumerate(lengths):
            if ln:
                self.symbols[offs[ln]] = sym
                offs[ln] += 1

    def decode(self, br):
        code = first = index = 0
        for ln in range(1, 16):
            code |= br.bits(1)
            count = self.counts[ln]
            if code - count < first:
                return self.symbols[index + (code - first)]
            index += count
            first = (first + count) << 1
            code <<= 1
        raise ValueError("bad code")


FIXED_LIT = Huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)
FIXED_DIST = Huffman([5] * 30)


def inflate_block(br, out, lit, dist):
    while True:
        sym = lit.decode(br)
        if sym < 256:
            out.append(sym)
        elif sym == 256:
            return
        else:
            sym -= 257
            length = LEN_BASE[sym] + br.bits(LEN_EXTRA[sym])
            d = dist.decode(br)
            distance = DIST_BASE[d] + br.bits(DIST_EXTRA[d])
            start = len(out) - distance
            if distance >= length:
                out += out[start : start + length]
            else:
                for i in range(length):
                    out.append(out[start + i])


def dynamic_tables(br):
    hlit = br.bits(5) + 257
    hdist = br.bits(5) + 1
    hclen = br.bits(4) + 4
    cl = [0] * 19
    for i in range(hclen):
        cl[CL_ORDER[i]] = br.bits(3)
    clh = Huffman(cl)
    lengths = []
    while len(lengths) < hlit + hdist:
        sym = clh.decode(br)
        if sym < 16:
            lengths.append(sym)
        elif sym == 16:
            lengths.extend([lengths[-1]] * (3 + br.bits(2)))
        elif sym == 17:
            lengths.extend([0] * (3 + br.bits(3)))
        else:
            lengths.extend([0] * (11 + br.bits(7)))
    return Huffman(lengths[:hlit]), Huffman(lengths[hlit:])


def inflate(data):
    br = BitReader(data)
    out = bytearray()
    final = 0
    while not final:
        final = br.bits(1)
        kind = br.bits(2)
        if kind == 0:
            br.align()
            n = data[br.pos] | data[br.pos + 1] << 8
            br.pos += 4
            out += data[br.pos : br.pos + n]
            br.pos += n
        elif kind == 1:
            inflate_block(br, out, FIXED_LIT, FIXED_DIST)
        elif kind == 2:
            lit, dist = dynamic_tables(br)
            inflate_block(br, out, lit, dist)
        else:
            raise ValueError("bad block type")
    return bytes(out)


CRC_TABLE = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    CRC_TABLE.append(c)


def crc32(data):
    c = 0xFFFFFFFF
    for b in data:
        c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def sample(seed, n):
    words = [b"alpha", b"beta", b"gamma", b"delta", b"epsilon", b"\x00\xff", b"zeta", b"eta"]
    x = seed
    parts = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append(words[x % 8])
        if x % 11 == 0:
            parts.append(bytes([x % 256, (x >> 8) % 256]))
    return b" ".join(parts)


def main():
    total = 0
    for seed in range(SCALE):
        text = sample(seed, 600 + seed * 100)
        for level in (0, 1, 9):
            raw = zlib.compress(text, level)[2:-4]
            back = inflate(raw)
            assert back == text, (seed, level)
            total += len(raw)
        co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FIXED)
        fixed = co.compress(text) + co.flush()
        assert inflate(fixed) == text
        c = crc32(text)
        assert c == zlib.crc32(text)
        print(seed, len(text), len(fixed), hex(c))
    print(total)


main()
