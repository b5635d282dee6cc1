# Exact-cover tiling of a board by pentominoes (in the spirit of pyperformance's
# meteor_contest): piece orientations as frozensets of cells, placements as int bitmasks,
# a search choosing the emptiest cell first, solutions collected as strings and sorted.
import sys

# tests/py/programs/polyomino_tiling.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 2

PIECES = {
    "F": [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)],
    "I": [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4)],
    "L": [(0, 0), (0, 1), (0, 2), (0, 3), (1, 3)],
    "P": [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)],
    "N": [(1, 0), (1, 1), (0, 2), (1, 2), (0, 3)],
    "T": [(0, 0), (1, 0), (2, 0), (1, 1), (1, 2)],
    "U": [(0, 0), (2, 0), (0, 1), (1, 1), (2, 1)],
    "V": [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2)],
    "W": [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2)],
    "X": [(1, 0), (0, 1), (1, 1), (2, 1), (1, 2)],
    "Y": [(1, 0), (0, 1), (1, 1), (1, 2), (1, 3)],
    "Z": [(0, 0), (1, 0), (1, 1), (1, 2), (2, 2)],
}


def normalize(cells):
    mx = min(x for x, _ in cells)
    my = min(y for _, y in cells)
    return frozenset((x - mx, y - my) for x, y in cells)


def orientations(cells):
    seen = set()
    cur = list(cells)
    for _ in range(4):
        cur = [(y, -x) for x, y in cur]
        for shape in (cur, [(-x, y) for x, y in cur]):
            seen.add(normalize(shape))
    return sorted(seen, key=lambda s: sorted(s))


def placements(width, height, names):
    table = {}
    for idx, name in enumerate(names):
        masks = []
        for shape in orientations(PIECES[name]):
            w = max(x for x, _ in shape) + 1
            h = max(y for _, y in shape) + 1
            for oy in range(height - h + 1):
                for ox in range(width - w + 1):
                    m = 0
                    for x, y in shape:
                        m |= 1 << ((oy + y) * width + ox + x)
                    masks.append(m)
        table[name] = masks
    return table


def solve(width, height, names, limit):
    full = (1 << (width * height)) - 1
    table = placements(width, height, names)
    by_cell = [[] for _ in range(width * height)]
    for name in names:
        for m in table[name]:
            low = (m & -m).bit_length() - 1
            by_cell[low].append((name, m))
    solutions = []
    chosen = []

    def search(filled, used):
        if filled == full:
            grid = ["."] * (width * height)
            for name, m in chosen:
                for i in range(width * height):
                    if m >> i & 1:
                        grid[i] = name
            solutions.append("".join(grid))
            return len(solutions) >= limit
        free = ~filled & full
        cell = (free & -free).bit_length() - 1
        for name, m in by_cell[cell]:
            if name in used or m & filled:
                continue
            used.add(name)
            chosen.append((name, m))
            if search(filled | m, used):
                return True
            chosen.pop()
            used.discard(name)
        return False

    search(0, set())
    return solutions


names = sorted(PIECES)
print({n: len(orientations(PIECES[n])) for n in names})
for (w, h, pieces, limit) in [(5, 4, "LNPU", 50), (10, 3, "FILPTUVWXYZN"[:6], 50), (6, 5, "FILNPT", 40 * SCALE), (10, 5, "FILNPTUVWXYZ"[:10], 12 * SCALE)]:
    sols = solve(w, h, list(pieces), limit)
    print(w, h, pieces, len(sols), sorted(sols)[:2], hash(tuple(sorted(sols))) & 0 == 0)
