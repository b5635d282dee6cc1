# A Markov-chain text generator: build order-1/2/3 word and character models from a corpus
# with dict-of-Counter tables, sample with random.Random(seed).choices(weights=...) and
# random.choice/shuffle/sample/gauss, and compute perplexity-like statistics with math.log.
import collections
import hashlib
import math
import random
import sys

# tests/py/bench_like/markov_text.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 200

CORPUS = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was
the season of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going direct the other way. In short,
the period was so far like the present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only. There were a king with a large
jaw and a queen with a plain face, on the throne of England; there were a king with a large jaw and a queen
with a fair face, on the throne of France."""


class Chain:
    def __init__(self, tokens, order):
        self.order = order
        self.table = collections.defaultdict(collections.Counter)
        for i in range(len(tokens) - order):
            self.table[tuple(tokens[i:i + order])][tokens[i + order]] += 1
        self.starts = [k for k in self.table if k[0][:1].isupper()] or list(self.table)

    def generate(self, rng, n):
        state = rng.choice(self.starts)
        out = list(state)
        for _ in range(n):
            nxt = self.table.get(state)
            if not nxt:
                state = rng.choice(self.starts)
                out.extend(state)
                continue
            words = list(nxt)
            tok = rng.choices(words, weights=[nxt[w] for w in words])[0]
            out.append(tok)
            state = state[1:] + (tok,)
        return out

    def logprob(self, tokens):
        total = 0.0
        for i in range(len(tokens) - self.order):
            c = self.table.get(tuple(tokens[i:i + self.order]))
            if c:
                total += math.log((c[tokens[i + self.order]] + 1) / (sum(c.values()) + len(c) + 1))
        return total


def main():
    words = CORPUS.replace(",", " ,").replace(";", " ;").replace(".", " .").split()
    h = hashlib.md5()
    chains = [Chain(words, k) for k in (1, 2, 3)]
    chars = Chain(list(CORPUS.replace("\n", " ")), 4)
    rng = random.Random(2024)
    for rep in range(SCALE):
        for c in chains:
            text = c.generate(rng, 60)
            h.update(" ".join(text).encode())
            h.update(f"{c.logprob(text):.6f}".encode())
        h.update("".join(chars.generate(rng, 200)).encode())
    print(" ".join(chains[1].generate(random.Random(7), 30)))
    print("".join(chars.generate(random.Random(7), 120)))
    r = random.Random(42)
    xs = list(range(20))
    r.shuffle(xs)
    print(xs, r.sample(range(1000), 5), r.randrange(0, 100, 7), r.randint(1, 6), round(r.random(), 12))
    print(round(r.gauss(0, 1), 12), round(r.uniform(2, 3), 12), round(r.expovariate(2.0), 12),
          round(r.betavariate(2, 3), 12), round(r.triangular(0, 10, 3), 12), r.getrandbits(40))
    print(r.choices("abc", cum_weights=[1, 5, 6], k=8), round(r.normalvariate(5, 2), 12), r.choice("xyz"))
    state = r.getstate()
    a = [r.random() for _ in range(3)]
    r.setstate(state)
    print(a == [r.random() for _ in range(3)], random.Random("seed-string").random(), random.Random(b"x").randint(0, 99))
    print(len(chains[0].table), len(chains[2].table), h.hexdigest())


main()
