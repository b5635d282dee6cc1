# A constraint puzzle solver (in the spirit of pyperformance's hexiom): place numbered tiles on
# a hexagonal board so that each tile's number equals its count of occupied neighbours;
# depth-first search with constraint propagation over per-cell candidate sets.
import sys

# tests/py/bench_like/hexiom_solver.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 2

DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Board:
    def __init__(self, radius):
        self.cells = [(q, r) for q in range(-radius + 1, radius) for r in range(-radius + 1, radius)
                      if abs(q + r) < radius]
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.neigh = [[self.index[(q + dq, r + dr)] for dq, dr in DIRS if (q + dq, r + dr) in self.index]
                      for q, r in self.cells]


class Solver:
    def __init__(self, board, tiles, empties):
        self.b = board
        self.tiles = tiles  # Counter-like dict number -> how many
        self.empties = empties
        self.nodes = 0
        self.solutions = 0
        self.first = None

    def consistent(self, grid, i):
        """Cell i (and its neighbours) can still reach their numbers."""
        for j in [i] + self.b.neigh[i]:
            v = grid[j]
            if v is None or v == ".":
                continue
            filled = sum(1 for k in self.b.neigh[j] if grid[k] not in (None, "."))
            open_ = sum(1 for k in self.b.neigh[j] if grid[k] is None)
            if filled > v or filled + open_ < v:
                return False
        return True

    def search(self, grid, pos, left, empties):
        self.nodes += 1
        if pos == len(grid):
            self.solutions += 1
            if self.first is None:
                self.first = list(grid)
            return
        options = []
        if empties:
            options.append(".")
        options.extend(n for n in sorted(left) if left[n])
        for opt in options:
            grid[pos] = opt
            if self.consistent(grid, pos):
                if opt == ".":
                    self.search(grid, pos + 1, left, empties - 1)
                else:
                    left[opt] -= 1
                    self.search(grid, pos + 1, left, empties)
                    left[opt] += 1
            grid[pos] = None


def make_puzzle(board, seed):
    """A solvable puzzle: choose occupied cells pseudo-randomly, numbers are their degrees."""
    n = len(board.cells)
    occupied = [((i * 7 + seed * 13) % 5) != 0 for i in range(n)]
    tiles = {}
    for i in range(n):
        if occupied[i]:
            d = sum(occupied[k] for k in board.neigh[i])
            tiles[d] = tiles.get(d, 0) + 1
    return tiles, n - sum(occupied)


def main():
    total_nodes = 0
    for seed in range(SCALE):
        board = Board(3)
        tiles, empties = make_puzzle(board, seed)
        s = Solver(board, tiles, empties)
        s.search([None] * len(board.cells), 0, dict(tiles), empties)
        total_nodes += s.nodes
        print(seed, sorted(tiles.items()), empties, s.solutions, s.nodes)
        print("".join(str(x) for x in s.first))
    print(total_nodes)


main()
