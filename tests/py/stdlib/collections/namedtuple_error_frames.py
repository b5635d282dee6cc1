import traceback
from collections import namedtuple
for args, kw in [(("P", "a a"), {}), (("P", "a _b"), {}), (("P", "a class"), {}), (("1P", "a"), {}), (("P", ["a", 1]), {}),
                 (("P", "a b c"), {"defaults": [1, 2, 3, 4]}), (("P", "a _b class a"), {"rename": True})]:
    try:
        T = namedtuple(*args, **kw)
        print("ok", T._fields)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)])
