# A dulwich/git-like content-addressed object store kept in memory: blobs, trees and commits
# serialized in git's format, named by SHA-1, stored zlib-compressed; then history walking,
# tree diffs between commits, a packfile-like delta encoding with difflib-free block matching.
import hashlib
import sys
import zlib

# tests/py/bench_like/object_store.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 120


class Store:
    def __init__(self):
        self.objects = {}
        self.raw_bytes = 0

    def add(self, kind, body):
        header = f"{kind} {len(body)}\0".encode()
        sha = hashlib.sha1(header + body).hexdigest()
        if sha not in self.objects:
            comp = zlib.compress(header + body, 6)
            self.objects[sha] = comp
            self.raw_bytes += len(header) + len(body)
        return sha

    def get(self, sha):
        data = zlib.decompress(self.objects[sha])
        nul = data.index(b"\0")
        kind, size = data[:nul].split(b" ")
        body = data[nul + 1:]
        assert int(size) == len(body)
        return kind.decode(), body


def make_tree(store, entries):
    body = bytearray()
    for name in sorted(entries):
        mode, sha = entries[name]
        body += f"{mode} {name}".encode() + b"\0" + bytes.fromhex(sha)
    return store.add("tree", bytes(body))


def parse_tree(body):
    out = {}
    i = 0
    while i < len(body):
        sp = body.index(b" ", i)
        nul = body.index(b"\0", sp)
        mode = body[i:sp].decode()
        name = body[sp + 1:nul].decode()
        out[name] = (mode, body[nul + 1:nul + 21].hex())
        i = nul + 21
    return out


def make_commit(store, tree, parents, message, t):
    lines = [f"tree {tree}"] + [f"parent {p}" for p in parents]
    lines += [f"author Dev <dev@example.com> {t} +0000", f"committer Dev <dev@example.com> {t} +0000", "", message]
    return store.add("commit", "\n".join(lines).encode())


def parse_commit(body):
    head, _, message = body.decode().partition("\n\n")
    info = {"parents": []}
    for line in head.split("\n"):
        k, _, v = line.partition(" ")
        if k == "parent":
            info["parents"].append(v)
        else:
            info[k] = v
    info["message"] = message
    return info


def write_files(store, files):
    dirs = {}
    for path, content in files.items():
        d, _, name = path.rpartition("/")
        dirs.setdefault(d, {})[name] = ("100644", store.add("blob", content))
        while d:
            d = d.rpartition("/")[0]
            dirs.setdefault(d, {})
    for d in sorted(dirs, key=lambda p: -p.count("/")):
        if not d:
            continue
        parent, _, name = d.rpartition("/")
        dirs.setdefault(parent, {})[name] = ("40000", make_tree(store, dirs[d]))
    return make_tree(store, dirs[""])


def flatten(store, tree, prefix=""):
    out = {}
    for name, (mode, sha) in parse_tree(store.get(tree)[1]).items():
        if mode == "40000":
            out.update(flatten(store, sha, prefix + name + "/"))
        else:
            out[prefix + name] = sha
    return out


def delta(base, target, block=16):
    index = {}
    for i in range(0, len(base) - block + 1, block):
        index.setdefault(base[i:i + block], i)
    ops = []
    i = 0
    lit = bytearray()
    while i < len(target):
        off = index.get(target[i:i + block]) if i + block <= len(target) else None
        if off is None:
            lit.append(target[i])
            i += 1
            continue
        n = block
        while off + n < len(base) and i + n < len(target) and base[off + n] == target[i + n]:
            n += 1
        if lit:
            ops.append(("insert", bytes(lit)))
            lit = bytearray()
        ops.append(("copy", off, n))
        i += n
    if lit:
        ops.append(("insert", bytes(lit)))
    return ops


def apply_delta(base, ops):
    out = bytearray()
    for op in ops:
        if op[0] == "copy":
            out += base[op[1]:op[1] + op[2]]
        else:
            out += op[1]
    return bytes(out)


def main():
    store = Store()
    files = {}
    for i in range(30):
        files[f"src/mod{i % 5}/file{i}.py"] = ("\n".join(f"def f{j}(x):\n    return x * {j} + {i}" for j in range(40))).encode()
    files["README"] = b"hello\n" * 50
    head = None
    commits = []
    for c in range(SCALE):
        for k in range(3):
            i = (c * 7 + k * 11) % 30
            path = f"src/mod{i % 5}/file{i}.py"
            lines = files[path].split(b"\n")
            lines[(c * 13 + k) % len(lines)] = f"    # edit {c}.{k}".encode()
            if c % 4 == 0:
                lines.append(f"# appended {c}".encode())
            files[path] = b"\n".join(lines)
        if c % 9 == 5:
            files[f"docs/note{c}.txt"] = f"note {c}\n".encode() * 20
        tree = write_files(store, files)
        head = make_commit(store, tree, [head] if head else [], f"change {c}\n\nbody of change {c}", 1700000000 + c * 60)
        commits.append(head)
    # Walk history from head, diffing each commit against its parent.
    h = hashlib.sha1()
    sha = head
    walked = changed = delta_saved = 0
    while sha:
        kind, body = store.get(sha)
        assert kind == "commit"
        info = parse_commit(body)
        walked += 1
        cur = flatten(store, info["tree"])
        if info["parents"]:
            parent = parse_commit(store.get(info["parents"][0])[1])
            old = flatten(store, parent["tree"])
            diff = sorted(p for p in cur.keys() | old.keys() if cur.get(p) != old.get(p))
            changed += len(diff)
            h.update("|".join(diff).encode())
            for p in diff[:2]:
                if p in old and p in cur:
                    a = store.get(old[p])[1]
                    b = store.get(cur[p])[1]
                    ops = delta(a, b)
                    assert apply_delta(a, ops) == b
                    delta_saved += len(b) - sum(len(o[1]) + 4 if o[0] == "insert" else 6 for o in ops)
            sha = info["parents"][0]
        else:
            sha = None
        h.update(info["message"].encode())
    packed = sum(len(v) for v in store.objects.values())
    print(walked, changed, len(store.objects), store.raw_bytes, packed, delta_saved)
    print(commits[0][:12], head[:12], h.hexdigest())
    print(zlib.crc32(b"hello world"), zlib.adler32(b"hello world"), hashlib.sha256(b"").hexdigest()[:16])
    d = zlib.decompressobj()
    stream = zlib.compress(b"abc" * 1000)
    parts = [d.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7)]
    print(len(b"".join(parts) + d.flush()), d.eof)


main()
