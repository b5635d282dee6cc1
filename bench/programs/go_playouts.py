# Go on a small board (in the spirit of pyperformance's go): Square and Board classes, stones
# grouped with union-find style references, liberties and captures, ko and suicide checks,
# random playouts with a seeded random.Random and a tiny UCT-like move choice.
import math
import random
import sys

# tests/py/bench_like/go_playouts.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 8
SIZE = 7
EMPTY, BLACK, WHITE = 0, 1, 2


class Square:
    __slots__ = ("board", "pos", "color", "group", "neighbours", "stones", "liberties")

    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.group = self
        self.neighbours = []
        self.stones = 1
        self.liberties = 0

    def find(self):
        g = self
        while g.group is not g:
            g.group = g.group.group
            g = g.group
        return g


class Board:
    def __init__(self):
        self.squares = [Square(self, p) for p in range(SIZE * SIZE)]
        for sq in self.squares:
            x, y = sq.pos % SIZE, sq.pos // SIZE
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE:
                    sq.neighbours.append(self.squares[ny * SIZE + nx])
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
            sq.group = sq
        self.color = BLACK
        self.ko = None
        self.history = []
        self.passes = 0

    def group_info(self, sq):
        """Stones and liberties of the group containing sq (by flood fill)."""
        color = sq.color
        stack = [sq]
        seen = {sq.pos}
        libs = set()
        stones = []
        while stack:
            s = stack.pop()
            stones.append(s)
            for n in s.neighbours:
                if n.color == EMPTY:
                    libs.add(n.pos)
                elif n.color == color and n.pos not in seen:
                    seen.add(n.pos)
                    stack.append(n)
        return stones, libs

    def legal(self, pos):
        sq = self.squares[pos]
        if sq.color != EMPTY or pos == self.ko:
            return False
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        sq.color = self.color
        ok = False
        for n in sq.neighbours:
            _, libs = self.group_info(n)
            if n.color == self.color and libs:
                ok = True
                break
            if n.color != self.color and not libs:
                ok = True
                break
        sq.color = EMPTY
        return ok

    def play(self, pos):
        if pos is None:
            self.passes += 1
            self.ko = None
        else:
            self.passes = 0
            sq = self.squares[pos]
            sq.color = self.color
            other = 3 - self.color
            captured = []
            for n in sq.neighbours:
                if n.color == other:
                    stones, libs = self.group_info(n)
                    if not libs:
                        for s in stones:
                            s.color = EMPTY
                            s.group = s
                        captured.extend(stones)
                elif n.color == self.color:
                    n.find().group = sq.find()
            self.ko = captured[0].pos if len(captured) == 1 else None
        self.history.append(pos)
        self.color = 3 - self.color

    def score(self):
        s = 0
        for sq in self.squares:
            if sq.color == BLACK:
                s += 1
            elif sq.color == WHITE:
                s -= 1
            else:
                around = {n.color for n in sq.neighbours}
                if around == {BLACK}:
                    s += 1
                elif around == {WHITE}:
                    s -= 1
        return s - 1.5

    def random_playout(self, rng):
        moves = 0
        while self.passes < 2 and moves < SIZE * SIZE * 3:
            empties = [sq.pos for sq in self.squares if sq.color == EMPTY]
            rng.shuffle(empties)
            for pos in empties:
                if self.legal(pos) and not self.eye(pos):
                    self.play(pos)
                    break
            else:
                self.play(None)
            moves += 1
        return moves

    def eye(self, pos):
        sq = self.squares[pos]
        return all(n.color == self.color for n in sq.neighbours)


class Node:
    def __init__(self, move=None, parent=None):
        self.move = move
        self.parent = parent
        self.wins = 0
        self.visits = 0
        self.children = {}

    def ucb(self, total):
        if self.visits == 0:
            return math.inf
        return self.wins / self.visits + 1.2 * math.sqrt(math.log(total) / self.visits)


def choose(board, rng, playouts):
    root = Node()
    candidates = [p for p in range(SIZE * SIZE) if board.legal(p)]
    for p in candidates:
        root.children[p] = Node(p, root)
    me = board.color
    for i in range(playouts):
        child = max(root.children.values(), key=lambda c: (c.ucb(i + 1), -c.move))
        saved = [(sq.color, sq.group) for sq in board.squares]
        state = (board.color, board.ko, board.passes, len(board.history))
        board.play(child.move)
        board.random_playout(rng)
        result = board.score()
        child.visits += 1
        child.wins += (result > 0) == (me == BLACK)
        for sq, (c, g) in zip(board.squares, saved):
            sq.color, sq.group = c, g
        board.color, board.ko, board.passes = state[:3]
        del board.history[state[3]:]
    best = max(root.children.values(), key=lambda c: (c.visits, -c.move))
    return best.move, best.visits


def main():
    rng = random.Random(42)
    board = Board()
    game = []
    for turn in range(SCALE):
        move, visits = choose(board, rng, 30)
        board.play(move)
        game.append((move, visits))
    print(game)
    print(board.score(), sum(1 for s in board.squares if s.color == BLACK), sum(1 for s in board.squares if s.color == WHITE))
    rows = []
    for y in range(SIZE):
        rows.append("".join(".XO"[board.squares[y * SIZE + x].color] for x in range(SIZE)))
    print("\n".join(rows))


main()
