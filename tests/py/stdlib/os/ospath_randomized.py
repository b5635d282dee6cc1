# os.path string functions over seeded random paths (normpath, split, splitext, join, relpath,
# commonpath, commonprefix, dirname/basename, isabs), str and bytes
import os.path as p
import random

rng = random.Random(5)
parts = ["", ".", "..", "a", "b.c", ".hidden", "x.tar.gz", "...", "d..e", "~", "$HOME"]
for _ in range(400):
    path = "/" * rng.choice([0, 0, 1, 1, 2, 3]) + "/".join(rng.choice(parts) for _ in range(rng.randint(0, 5)))
    other = "/" * rng.choice([0, 1]) + "/".join(rng.choice(parts[3:]) for _ in range(rng.randint(1, 4)))
    row = [repr(path), p.normpath(path), p.split(path), p.splitext(path), p.basename(path), p.dirname(path),
           p.isabs(path), p.join(path, other), p.join(other, path), p.commonprefix([path, other])]
    try:
        row.append(p.relpath(path or ".", other))
    except ValueError as e:
        row.append("ValueError %s" % e)
    try:
        row.append(p.commonpath([path or ".", other]))
    except ValueError as e:
        row.append("ValueError %s" % e)
    b = path.encode()
    row += [p.normpath(b), p.split(b), p.splitext(b)]
    print(row)
