# Constraint-propagation Sudoku solver (in the spirit of Norvig's solver and pyperformance's
# hexiom): dicts of candidate strings, units and peers built with comprehensions, search by
# copying dicts, all()/any()/min() with keys, string rendering through io.StringIO.
import io

import sys

# tests/py/programs/sudoku_solver.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 12


def cross(a, b):
    return [x + y for x in a for y in b]


digits = "123456789"
rows = "ABCDEFGHI"
cols = digits
squares = cross(rows, cols)
unitlist = (
    [cross(rows, c) for c in cols]
    + [cross(r, cols) for r in rows]
    + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")]
)
units = {s: [u for u in unitlist if s in u] for s in squares}
peers = {s: set(sum(units[s], [])) - {s} for s in squares}


class Contradiction(Exception):
    pass


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(s)
    if len(values[s]) == 1:
        d2 = values[s]
        for s2 in peers[s]:
            eliminate(values, s2, d2)
    for u in units[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            raise Contradiction(d)
        if len(places) == 1:
            assign(values, places[0], d)
    return values


def parse_grid(grid):
    values = {s: digits for s in squares}
    chars = [c for c in grid if c in digits or c in "0."]
    assert len(chars) == 81
    for s, d in zip(squares, chars):
        if d in digits:
            assign(values, s, d)
    return values


def search(values, stats):
    if all(len(values[s]) == 1 for s in squares):
        return values
    n, s = min((len(values[s]), s) for s in squares if len(values[s]) > 1)
    for d in values[s]:
        stats[0] += 1
        try:
            return search(assign(values.copy(), s, d), stats)
        except Contradiction:
            stats[1] += 1
    raise Contradiction(s)


def render(values):
    out = io.StringIO()
    width = 1 + max(len(values[s]) for s in squares)
    line = "+".join(["-" * (width * 3)] * 3)
    for r in rows:
        out.write("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in cols))
        out.write("\n")
        if r in "CF":
            out.write(line + "\n")
    return out.getvalue()


puzzles = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
]
for rep in range(SCALE):
    for p in puzzles:
        stats = [0, 0]
        solved = search(parse_grid(p), stats)
        assert all(set(solved[s] for s in u) == set(digits) for u in unitlist)
        if rep == 0:
            print(stats, "".join(solved[s] for s in squares))
print(render(parse_grid(puzzles[1])))
print(render(search(parse_grid(puzzles[0]), [0, 0])))
