# codecs.open, getencoder, getincrementalencoder, iterencode... are Python in CPython's frozen
# codecs module: a failure through them shows "<frozen codecs>", line 918, in open. Same lines.
import codecs
import traceback

attempts = [
    lambda: codecs.open("/nonexistent/x"), lambda: codecs.open("/nonexistent/x", "w", "nope-enc"),
    lambda: codecs.open(__file__, "r", "nope-enc"), lambda: codecs.getencoder("nope"),
    lambda: codecs.getdecoder("nope"), lambda: codecs.getincrementalencoder("nope"),
    lambda: codecs.getincrementaldecoder("nope"), lambda: codecs.getreader("nope"),
    lambda: codecs.getwriter("nope"), lambda: list(codecs.iterencode(["a"], "nope")),
    lambda: list(codecs.iterdecode([b"a"], "nope")), lambda: codecs.EncodedFile(None, "nope"),
]
for attempt in attempts:
    try:
        attempt()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))
print(codecs.getencoder("utf-8")("hé"), list(codecs.iterdecode([b"a", b"\xc3", b"\xa9"], "utf-8")),
      b"".join(codecs.iterencode(["h", "é"], "utf-16")), codecs.make_identity_dict(range(3)))
with codecs.open("/nonexistent/notes.txt", encoding="utf-8") as f:
    print(f.read())
