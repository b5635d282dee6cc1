"""Writes src/memory/import_counts.generated.ts: how many GC-tracked objects python3's import of a
standard module leaves counted in generation 0 (gc.get_count()[0]), for the modules python3 had
not imported at startup that programs commonly import.

heapstack's library modules are its own code, so their loads allocate other numbers of tracked
objects than CPython's (which unmarshal a .pyc and run CPython's module code); the count decides
when the next automatic collection comes. src/memory/import_counts.ts charges CPython's numbers.

A module's import loads others; modules that always load together (a package and the submodules
its __init__ imports: importing either loads all) form a unit. For each unit: its members, the
units it loads first (`deps`), and `cost`: the count its load adds with the collector disabled,
its deps and another module already imported (see WARM_IMPORTS), and `cold`: the count `import head` adds when none of it was loaded.
(The first such import makes no extra objects for the script directory's path finder: checked,
`import colorsys` counts the same first and after another import; the script stops otherwise.) Each number is measured in a fresh python3 running a script from a temporary
directory, as the differential tests run programs.

Run with the reference python3: python3 scripts/gen_import_counts.py
"""
import os
import subprocess
import sys
import tempfile

# modules programs commonly import that python3 had not imported at startup
MODULES = """
json dataclasses datetime copy heapq string textwrap statistics fractions decimal pprint timeit
inspect traceback dis numbers queue calendar csv pickle uuid hashlib base64 secrets glob difflib
tracemalloc array linecache tokenize ast argparse logging unittest doctest asyncio sched graphlib
colorsys cmath shlex platform locale gettext html zoneinfo subprocess xml.etree.ElementTree
contextvars
""".split()

# a small module that imports nothing: imported first to make the script directory's finder
WARM = "colorsys"
WARM_OTHER = "graphlib"
# What an import counts depends on what earlier imports left in the free lists: one after a
# large import takes more blocks from them, fewer new objects counted (textwrap 214 first, 159
# after string, 181 after json, 196 after heapq, 215 after copy or colorsys). A unit's cost is
# the midpoint of its count after the first of these its import does not load and its count
# after colorsys.
WARM_IMPORTS = ["json", "string", "textwrap"]

ENV = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
ENV.pop("PYTHONUNBUFFERED", None)


def stmt(name):
    """An import statement for `name` (some module names are no identifiers)."""
    if all(part.isidentifier() for part in name.split(".")):
        return f"import {name}\n"
    return f"__import__({name!r})\n"


def run(source):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "measure.py")
        with open(path, "w") as f:
            f.write(source)
        out = subprocess.run([sys.executable, path], cwd=d, env=ENV, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return out.stdout


def closure(name):
    """The modules `import name` adds to sys.modules, in the order their loads started."""
    out = run(
        "import gc, sys\n"
        "before = set(sys.modules)\n"
        f"{stmt(name)}"
        "print(' '.join(m for m in sys.modules if m not in before))\n"
    )
    return out.split()


def cost(name, first=()):
    """Generation-0 count added by `import name` after importing `first`, collector disabled."""
    pre = "".join(stmt(m) for m in first)
    out = run(
        "import gc\n"
        f"{pre}"
        "gc.disable()\n"
        "a = gc.get_count()[0]\n"
        f"{stmt(name)}"
        "b = gc.get_count()[0]\n"
        "print(b - a)\n"
    )
    return int(out)


def main():
    closures = {}
    todo = list(MODULES)
    while todo:
        m = todo.pop()
        if m in closures:
            continue
        closures[m] = closure(m)
        if m not in closures[m]:
            raise SystemExit(f"{m} was imported at startup: not one for this table")
        todo.extend(x for x in closures[m] if x not in closures)
    # units: modules each of which loads the other
    unit_of = {}
    units = []
    for m in closures:
        if m in unit_of:
            continue
        members = [x for x in closures[m] if m in closures.get(x, [m]) or x == m]
        members = [x for x in members if x not in unit_of]
        for x in members:
            unit_of[x] = len(units)
        units.append(members)
    if cost(WARM) != cost(WARM, (WARM_OTHER,)):
        raise SystemExit("the first import costs more than a later one: the table needs that cost")
    rows = []
    for i, members in enumerate(units):
        head = min(members, key=len)
        deps_modules = [x for x in closures[head] if unit_of[x] != i]
        deps = []
        for x in deps_modules:
            if unit_of[x] not in deps:
                deps.append(unit_of[x])
        loads = set(closures[head])
        warm = next(w for w in WARM_IMPORTS if loads.isdisjoint(closures[w]))
        small = WARM_OTHER if WARM in loads else WARM
        n = (cost(head, (warm, *deps_modules)) + cost(head, (small, *deps_modules))) // 2
        rows.append((members, deps, n, cost(head)))
    # check: a module's cold import is FINDER_COST plus the units it loads
    checks = []
    for m in MODULES:
        measured = cost(m)
        seen = set()

        def total(u):
            if u in seen:
                return 0
            seen.add(u)
            members, deps, n, cold = rows[u]
            return n + sum(total(d) for d in deps)

        checks.append(f"{m} {measured} {total(unit_of[m])}")
    lines = [
        "// Generated by scripts/gen_import_counts.py from python3 "
        f"{sys.version.split()[0]}: do not edit.",
        "// Cold imports: measured, and the sum of the costs of the units loaded (how far",
        "// the sum is from a cold import when some of a module's units were loaded before):",
        *(f"//   {c}" for c in checks),
        "",
        "/**",
        " * [members, units loaded first (indexes), generation-0 count the unit's load adds with",
        " * those loaded, count its import adds when none of them is (cold)]",
        " */",
        "export const IMPORT_UNITS: [string[], number[], number, number][] = [",
        *(f"  [{members!r}, {deps!r}, {n}, {cold}],".replace("'", '"') for members, deps, n, cold in rows),
        "];",
        "",
    ]
    out = os.path.join(os.path.dirname(__file__), "..", "src", "memory", "import_counts.generated.ts")
    with open(out, "w") as f:
        f.write("\n".join(lines))


main()
