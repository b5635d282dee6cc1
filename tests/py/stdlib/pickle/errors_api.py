# Error messages, the module's API, files, persistent ids, dispatch tables, framing of big data.
import copyreg
import hashlib
import io
import pickle


def check(label, fn):
    try:
        result = fn()
    except Exception as exc:
        text = str(exc)
        if " at 0x" in text:
            text = text[:text.index(" at 0x")] + " at ADDR" + text[text.index(">", text.index(" at 0x")):]
        print(label, "->", type(exc).__module__, type(exc).__name__, text)
    else:
        print(label, "=", repr(result)[:200])


def make_local():
    class Local:
        pass
    return Local


class Gen:
    pass


def not_same():
    pass


print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version, pickle.compatible_formats)
print(pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError, pickle.Pickler, pickle.Unpickler)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.MARK, pickle.STOP, pickle.PROTO, pickle.FRAME, pickle.TRUE, pickle.FALSE, pickle.MEMOIZE)

check("lambda", lambda: pickle.dumps(lambda: 0))
check("local class", lambda: pickle.dumps(make_local()))
check("local instance", lambda: pickle.dumps(make_local()()))
check("generator", lambda: pickle.dumps((x for x in [])))
not_same_copy = not_same
globals()["not_same"] = lambda: None
check("not same", lambda: pickle.dumps(not_same_copy))
check("bad protocol", lambda: pickle.dumps(1, 6))
check("no write", lambda: pickle.Pickler(1))
check("no read", lambda: pickle.Unpickler(1))
check("str data", lambda: pickle.loads("abc"))
for bad in [b"", b"\x80\x04", b"\x00", b"x", b"'", b"\x80\x09.", b"h\x05.", b"0.", b"(0.", b"e.",
            b"]K\x01e.", b"K", b"X\x05\x00\x00\x00ab", b"cbuiltins\nnope\n.", b"N",
            b"\x82\x05.", b"g7\n.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K"]:
    check(repr(bad), lambda: pickle.loads(bad))


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


for value in [42, (), (1,), (1, 2, 3, 4, 5, 6, 7), (len, [1]), (len, (), None, 5), (len, (), None, None, 5)]:
    check(f"reduce {value!r}", lambda: pickle.dumps(BadReduce(value), 2))

# round trips through files, several pickles in one stream
buf = io.BytesIO()
pickle.dump({"a": 1}, buf)
pickle.dump([1, 2, 3], buf, protocol=2)
pickle.dump("third", buf, 0)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
check("past end", lambda: pickle.load(buf))

p = pickle.Pickler(io.BytesIO(), 2)
print(p.bin, p.fast)

# persistent ids
class DB(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Gen):
            return ("gen", 7)
        return None


class DBLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return f"loaded {pid!r}"


for proto in range(6):
    out = io.BytesIO()
    DB(out, proto).dump([Gen(), "x", Gen()])
    print(proto, out.getvalue())
    print(DBLoad(io.BytesIO(out.getvalue())).load())
check("no persistent_load", lambda: pickle.loads(b"\x80\x02K\x01Q."))

# dispatch tables and reducer_override
class Custom:
    pass


table = copyreg.dispatch_table.copy()
table[Custom] = lambda obj: (str, ("custom!",))
out = io.BytesIO()
pk = pickle.Pickler(out, 4)
pk.dispatch_table = table
pk.dump([Custom()])
print(out.getvalue(), pickle.loads(out.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Custom:
            return (str, ("class",))
        return NotImplemented


out = io.BytesIO()
Override(out).dump([Custom, 1, "s"])
print(out.getvalue())

# memo across dumps and clear_memo
out = io.BytesIO()
pk = pickle.Pickler(out, 2)
shared = ["s"]
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(out.getvalue())

# big data: framing, batches of 1000
for proto in (2, 4, 5):
    for obj in [list(range(999)), list(range(1000)), list(range(1001)), list(range(2500)),
                {i: i for i in range(1000)}, {i: None for i in range(1001)}, set(range(1000)),
                b"z" * 70000, "q" * 70000, ["a" * 40000, "b" * 40000, b"c" * 66000],
                frozenset(range(1500))]:
        data = pickle.dumps(obj, proto)
        print(proto, len(data), hashlib.sha256(data).hexdigest()[:16], data[:24], data[-12:], pickle.loads(data) == obj)

# extension registry
copyreg.add_extension(__name__, "Gen", 200)
copyreg.add_extension(__name__, "Custom", 70000)
for proto in range(6):
    data = pickle.dumps([Gen, Custom], proto)
    print(proto, data, pickle.loads(data) == [Gen, Custom])
copyreg.remove_extension(__name__, "Gen", 200)
copyreg.remove_extension(__name__, "Custom", 70000)

# python 2 compatible loading
print(pickle.loads(b"c__builtin__\nxrange\n(I1\nI5\ntR."))
print(pickle.loads(b"U\x03abcq\x00.", encoding="latin1"), pickle.loads(b"U\x03abc.", encoding="bytes"))
print(pickle.loads(b"S'a\\nb'\np0\n."), pickle.loads(b"T\x02\x00\x00\x00hi."))
print(pickle.loads(b"(lp0\nI1\naL5L\na(dp1\nS'k'\np2\nF1.5\nsa."))
print(pickle.loads(b"ccopy_reg\n_reconstructor\n(c__main__\nGen\nc__builtin__\nobject\nNtR(dS'v'\nI3\nsb.").__dict__)
print(pickle.loads(b"(i__main__\nGen\n(dS'w'\nI4\nsb.").__dict__)
