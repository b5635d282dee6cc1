# Byte-pair-encoding tokeniser training and encoding (in the spirit of pyperformance's
# bpe_tokeniser): pre-tokenise text with a regex, count adjacent pair frequencies with
# collections.Counter, merge the best pair repeatedly, then encode and decode new text.
import collections
import hashlib
import re
import sys

# tests/py/bench_like/bpe_tokeniser.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 60

PRETOKEN = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?[^\s\w]+|\s+(?!\S)|\s+""")

WORDS = ("the quick brown fox jumps over the lazy dog while a tokenizer learns frequent pairs of "
         "bytes and merges them into new symbols until the vocabulary reaches its target size "
         "encoding decoding lowering lowest newer newest wider widest tokenization tokenizers "
         "isn't it's we're they've I'm you'll she'd 2024 3.14159 naïve café über déjà-vu").split()


def corpus(n, seed):
    out = []
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(WORDS[state % len(WORDS)])
        if state % 11 == 0:
            out.append(",")
        if state % 17 == 0:
            out.append(".\n")
    return " ".join(out)


def train(text, vocab_size):
    words = collections.Counter(PRETOKEN.findall(text))
    splits = {w: [bytes([b]) for b in w.encode("utf-8")] for w in words}
    merges = {}
    vocab = {bytes([i]): i for i in range(256)}
    while len(vocab) < vocab_size:
        pairs = collections.Counter()
        for w, freq in words.items():
            s = splits[w]
            for a, b in zip(s, s[1:]):
                pairs[a, b] += freq
        if not pairs:
            break
        (a, b), _ = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
        new = a + b
        merges[a, b] = len(vocab)
        vocab[new] = len(vocab)
        for w in words:
            s = splits[w]
            if len(s) < 2:
                continue
            i = 0
            out = []
            while i < len(s):
                if i + 1 < len(s) and s[i] == a and s[i + 1] == b:
                    out.append(new)
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            splits[w] = out
    return merges, vocab


class Tokenizer:
    def __init__(self, merges, vocab):
        self.ranks = merges
        self.vocab = vocab
        self.inverse = {v: k for k, v in vocab.items()}
        self.cache = {}

    def encode_word(self, word):
        cached = self.cache.get(word)
        if cached is not None:
            return cached
        parts = [bytes([b]) for b in word.encode("utf-8")]
        while len(parts) > 1:
            best = None
            best_rank = None
            for i in range(len(parts) - 1):
                r = self.ranks.get((parts[i], parts[i + 1]))
                if r is not None and (best_rank is None or r < best_rank):
                    best, best_rank = i, r
            if best is None:
                break
            parts[best:best + 2] = [parts[best] + parts[best + 1]]
        ids = [self.vocab[p] for p in parts]
        self.cache[word] = ids
        return ids

    def encode(self, text):
        out = []
        for w in PRETOKEN.findall(text):
            out.extend(self.encode_word(w))
        return out

    def decode(self, ids):
        return b"".join(self.inverse[i] for i in ids).decode("utf-8", errors="replace")


def main():
    h = hashlib.sha256()
    text = corpus(250 * SCALE, 7)
    merges, vocab = train(text, 256 + 60 * SCALE)
    tok = Tokenizer(merges, vocab)
    longest = sorted(vocab, key=lambda b: (-len(b), b))[:8]
    print(len(merges), [b.decode("utf-8", "replace") for b in longest])
    total = 0
    for rep in range(SCALE * 3):
        sample = corpus(800, rep + 100)
        ids = tok.encode(sample)
        total += len(ids)
        assert tok.decode(ids) == sample
        h.update(repr(ids[:50]).encode())
        h.update(len(ids).to_bytes(4, "little"))
        tok.cache.clear()
    print(total, tok.encode("the newest naïve tokenizer isn't lazy!"), h.hexdigest()[:20])
    print(tok.decode([0xC3, 0x28, 104, 105]))


main()
