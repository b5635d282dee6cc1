# python3 imported collections.abc, os.path, importlib.util, urllib.parse... at startup, so a
# program that imports only the package finds them as its attributes (collections.abc.Sequence).
import collections, os, importlib, urllib, re, sys
print(collections.abc.Sequence, os.path.join("a", "b"), importlib.util is not None)
print(urllib.parse.quote("a b"), hasattr(importlib, "resources"))
print(sorted(m for m in sys.modules if m.startswith("collections")))
