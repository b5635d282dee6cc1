for b in [b"a b  c", b"  pad  ", b"a,b,,c", b"", b"x\x1cy", b"l1\nl2\r\nl3\rl4\x0bl5"]:
    for t in (bytes, bytearray):
        x = t(b)
        print(t.__name__, x.split(), x.split(b","), x.rsplit(None, 1), x.split(b",", 1), x.splitlines(), x.splitlines(True), x.strip(), x.lstrip(b" a"), x.rstrip(b"c "), x.partition(b","), x.rpartition(b","))
for bad in [lambda: b"a".split(b""), lambda: b"a".split("a"), lambda: b"a".strip("a"), lambda: b"a".partition(b"")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
