import sys
import warnings

sys.stderr = sys.stdout
warnings.warn("plain user warning")
warnings.warn("a runtime warning", RuntimeWarning)
warnings.warn(UserWarning("instance warning"))
warnings.warn("deprecated in __main__", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("future", FutureWarning)
warnings.warn("syntax", SyntaxWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("encoding", EncodingWarning)


class MyWarning(UserWarning):
    pass


warnings.warn("custom category", MyWarning)
for i in range(3):
    warnings.warn("in a loop")
for bad in [int, "str", ValueError, None.__class__]:
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print("TypeError", e)
