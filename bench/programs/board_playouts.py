# Monte Carlo game playouts (in the spirit of pyperformance's go and hexiom): a Connect-Four
# board as a flat list, random playouts with random.Random (seeded), move selection by win
# rate, win detection along four directions, a small solver with memo dict for a tiny board.
import random

import sys

# tests/py/programs/board_playouts.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 60
W, H = 7, 6


class Board:
    __slots__ = ("cells", "heights", "moves")

    def __init__(self):
        self.cells = [0] * (W * H)
        self.heights = [0] * W
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.heights = self.heights[:]
        b.moves = self.moves
        return b

    def legal(self):
        return [c for c in range(W) if self.heights[c] < H]

    def play(self, col):
        row = self.heights[col]
        self.heights[col] = row + 1
        player = 1 + (self.moves & 1)
        self.cells[row * W + col] = player
        self.moves += 1
        return self.wins(row, col, player)

    def wins(self, row, col, player):
        cells = self.cells
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            n = 1
            for sign in (1, -1):
                r, c = row + dr * sign, col + dc * sign
                while 0 <= r < H and 0 <= c < W and cells[r * W + c] == player:
                    n += 1
                    r += dr * sign
                    c += dc * sign
            if n >= 4:
                return True
        return False


def playout(board, rng):
    b = board.copy()
    while True:
        moves = b.legal()
        if not moves:
            return 0
        player = 1 + (b.moves & 1)
        if b.play(rng.choice(moves)):
            return player


def choose(board, rng, n):
    me = 1 + (board.moves & 1)
    best, best_score = None, -1.0
    for col in board.legal():
        b = board.copy()
        if b.play(col):
            return col, 1.0
        score = 0
        for _ in range(n):
            w = playout(b, rng)
            score += 1 if w == me else (0.5 if w == 0 else 0)
        if score / n > best_score:
            best, best_score = col, score / n
    return best, best_score


def game(seed, n):
    rng = random.Random(seed)
    b = Board()
    history = []
    while True:
        moves = b.legal()
        if not moves:
            return 0, history
        col, score = choose(b, rng, n)
        history.append(col)
        if b.play(col):
            return 1 + ((b.moves - 1) & 1), history


for seed in range(3):
    winner, hist = game(seed, SCALE)
    print(seed, winner, len(hist), "".join(map(str, hist)))

rng = random.Random(12345)
xs = [rng.random() for _ in range(5)]
print(["%.12f" % x for x in xs], rng.randint(1, 10**12), rng.randrange(0, 1000, 7))
deck = list(range(20))
rng.shuffle(deck)
print(deck, rng.sample(range(100), 5), "%.10f" % rng.gauss(0, 1), "%.10f" % rng.uniform(2, 3))
