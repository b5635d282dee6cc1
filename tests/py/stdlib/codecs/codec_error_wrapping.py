# codecs.encode/decode wrap a codec's exception as CPython's wrap_codec_error does: same type,
# "<op> with '<encoding>' codec failed (<type>: <message>)", caused by the original, only for types
# keeping nothing but one str argument (not OSError, UnicodeError subclasses, own __init__, attributes).
import codecs, traceback
class MyErr(ValueError): pass
class StateErr(ValueError):
    def __init__(self, m): super().__init__(m); self.extra = 1
def search(name):
    if name == "mine":
        def enc(s, errors="strict"):
            raise {"a": MyErr("bad a"), "b": StateErr("bad b"), "c": ValueError(1), "d": KeyError("k"), "e": OSError(2, "x"), "f": TypeError()}[s]
        return codecs.CodecInfo(enc, enc, name="mine")
codecs.register(search)
for k in "abcdef":
    try: codecs.encode(k, "mine")
    except Exception as e: print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
try: codecs.decode(b"zz", "hex_codec")
except Exception as e: print(type(e), e, repr(e.__cause__))
try: codecs.decode(b"not zlib", "zip")
except Exception as e: print(type(e), e, repr(e.__cause__))
try: codecs.decode(b"\xff", "utf-8")
except Exception as e: print(type(e), e, repr(e.__cause__))
codecs.decode(b"=", "base64")
