# Pentomino exact cover (in the spirit of pyperformance's meteor_contest): pieces given as
# cell offsets, all rotations/reflections precomputed as bitmasks on a small board, placements
# indexed by their lowest free cell, and a depth-first search counting all tilings.
import sys

# tests/py/bench_like/meteor_puzzle.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 3

PIECES = {
    "F": [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)],
    "I": [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4)],
    "L": [(0, 0), (0, 1), (0, 2), (0, 3), (1, 3)],
    "N": [(1, 0), (1, 1), (0, 2), (1, 2), (0, 3)],
    "P": [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)],
    "T": [(0, 0), (1, 0), (2, 0), (1, 1), (1, 2)],
    "U": [(0, 0), (2, 0), (0, 1), (1, 1), (2, 1)],
    "V": [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2)],
    "W": [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2)],
    "Y": [(1, 0), (0, 1), (1, 1), (1, 2), (1, 3)],
}


def orientations(cells):
    seen = set()
    out = []
    pts = cells
    for flip in (False, True):
        cur = [(-x, y) for x, y in pts] if flip else list(pts)
        for _ in range(4):
            cur = [(y, -x) for x, y in cur]
            mx = min(x for x, _ in cur)
            my = min(y for _, y in cur)
            norm = tuple(sorted((x - mx, y - my) for x, y in cur))
            if norm not in seen:
                seen.add(norm)
                out.append(norm)
    return out


def placements(w, h, names):
    by_cell = [[] for _ in range(w * h)]
    for pi, name in enumerate(names):
        for shape in orientations(PIECES[name]):
            for oy in range(h):
                for ox in range(w):
                    cells = [(x + ox, y + oy) for x, y in shape]
                    if all(0 <= x < w and 0 <= y < h for x, y in cells):
                        mask = 0
                        for x, y in cells:
                            mask |= 1 << (y * w + x)
                        low = (mask & -mask).bit_length() - 1
                        by_cell[low].append((pi, mask))
    return by_cell


def solve(w, h, names):
    by_cell = placements(w, h, names)
    full = (1 << (w * h)) - 1
    count = 0
    first = []
    path = []

    def rec(board, used):
        nonlocal count, first
        if board == full:
            count += 1
            if not first:
                first = list(path)
            return
        free = ~board & full
        low = (free & -free).bit_length() - 1
        for pi, mask in by_cell[low]:
            if not (used >> pi) & 1 and not board & mask:
                path.append((pi, mask))
                rec(board | mask, used | (1 << pi))
                path.pop()

    rec(0, 0)
    return count, first


def show(w, h, names, sol):
    grid = ["."] * (w * h)
    for pi, mask in sol:
        for i in range(w * h):
            if mask >> i & 1:
                grid[i] = names[pi]
    return "\n".join("".join(grid[y * w : (y + 1) * w]) for y in range(h))


def main():
    configs = [(5, 5, "FILPU"), (6, 5, "LNPTUV"), (5, 6, "PLUVWY"), (7, 5, "FILNPTU"), (6, 5, "FILNPU")]
    for w, h, names in configs[: SCALE + 2]:
        count, first = solve(w, h, names)
        print(w, h, names, count)
        if first:
            print(show(w, h, names, first))


main()
