# Bit-level compression (in the spirit of pyperformance's pyflate): an LZ77-style matcher,
# canonical Huffman code construction with heapq, a bit writer/reader over bytearray with shifts
# and masks, decoding through a lookup table, CRC-32 computed by hand and checked against zlib-free
# expectations (a second independent implementation), round trip equality.
import heapq

import sys

# tests/py/programs/huffman_bits.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 15


def crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = crc32_table()


def crc32(data):
    c = 0xFFFFFFFF
    for b in data:
        c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc32_bitwise(data):
    c = 0xFFFFFFFF
    for b in data:
        c ^= b
        for _ in range(8):
            c = (c >> 1) ^ (0xEDB88320 & -(c & 1))
    return c ^ 0xFFFFFFFF


def lz_tokens(data, window=1024, min_len=3, max_len=34):
    """Literal bytes (0..255) and (length, distance) pairs found through a hash of 3 bytes."""
    heads = {}
    out = []
    i = 0
    n = len(data)
    while i < n:
        best_len = 0
        best_dist = 0
        if i + min_len <= n:
            key = data[i : i + 3]
            cands = heads.get(key)
            if cands:
                for j in reversed(cands[-8:]):
                    if i - j > window:
                        break
                    k = 0
                    while k < max_len and i + k < n and data[j + k] == data[i + k]:
                        k += 1
                    if k > best_len:
                        best_len, best_dist = k, i - j
            heads.setdefault(key, []).append(i)
        if best_len >= min_len:
            out.append((best_len, best_dist))
            for p in range(i + 1, i + best_len):
                if p + 3 <= n:
                    heads.setdefault(data[p : p + 3], []).append(p)
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out


def code_lengths(freqs):
    heap = [(f, i, sym) for i, (sym, f) in enumerate(sorted(freqs.items()))]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: 1}
    parent = {}
    counter = len(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        node = ("n", counter)
        parent[a] = node
        parent[b] = node
        heapq.heappush(heap, (f1 + f2, counter, node))
        counter += 1
    lengths = {}
    for sym in freqs:
        d = 0
        x = sym
        while x in parent:
            x = parent[x]
            d += 1
        lengths[sym] = d
    return lengths


def canonical(lengths):
    code = 0
    codes = {}
    prev = 0
    for sym, ln in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= ln - prev
        codes[sym] = (code, ln)
        code += 1
        prev = ln
    return codes


class BitWriter:
    def __init__(self):
        self.buf = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, n):
        self.acc = (self.acc << n) | value
        self.nbits += n
        while self.nbits >= 8:
            self.nbits -= 8
            self.buf.append((self.acc >> self.nbits) & 0xFF)
        self.acc &= (1 << self.nbits) - 1

    def finish(self):
        if self.nbits:
            self.buf.append((self.acc << (8 - self.nbits)) & 0xFF)
        return bytes(self.buf)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        v = 0
        for _ in range(n):
            byte = self.data[self.pos >> 3]
            v = (v << 1) | ((byte >> (7 - (self.pos & 7))) & 1)
            self.pos += 1
        return v


def symbol_of(tok):
    return tok if isinstance(tok, int) else 256 + min(tok[0] - 3, 31)


def compress(data):
    toks = lz_tokens(data)
    freqs = {}
    for t in toks:
        s = symbol_of(t)
        freqs[s] = freqs.get(s, 0) + 1
    freqs[288] = 1  # end marker
    codes = canonical(code_lengths(freqs))
    w = BitWriter()
    for t in toks:
        c, n = codes[symbol_of(t)]
        w.write(c, n)
        if not isinstance(t, int):
            w.write(t[1] - 1, 10)
    c, n = codes[288]
    w.write(c, n)
    return codes, w.finish(), len(toks)


def decompress(codes, payload):
    table = {(n, c): s for s, (c, n) in codes.items()}
    r = BitReader(payload)
    out = bytearray()
    while True:
        c = 0
        n = 0
        while True:
            c = (c << 1) | r.read(1)
            n += 1
            s = table.get((n, c))
            if s is not None:
                break
        if s == 288:
            return bytes(out)
        if s < 256:
            out.append(s)
        else:
            length = s - 256 + 3
            dist = r.read(10) + 1
            start = len(out) - dist
            for k in range(length):
                out.append(out[start + k])


def make_input(n):
    words = [b"alpha", b"beta", b"gamma", b"delta", b"epsilon", b"zeta", b"eta", b"theta"]
    out = bytearray()
    state = 7
    while len(out) < n:
        state = (state * 69069 + 1) & 0xFFFFFFFF
        out += words[(state >> 16) % len(words)]
        out += b" " if state & 0x300 else b"\n"
        if state & 0xF000 == 0:
            out += bytes([(state >> 8) & 0xFF])
    return bytes(out[:n])


for size in [2000 * SCALE, 6000 * SCALE]:
    data = make_input(size)
    codes, payload, ntok = compress(data)
    back = decompress(codes, payload)
    assert back == data
    print(size, ntok, len(payload), len(codes), "%08x" % crc32(payload), crc32(data) == crc32_bitwise(data))
