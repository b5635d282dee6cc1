# min()/max() parse key= and default= with PyArg_ParseTupleAndKeywords("|$OO"): too many
# keywords is reported as a count before any unknown name is.
for fn in (min, max):
    for kw in ({"a": 1}, {"key": None, "b": 2}, {"a": 1, "b": 2, "c": 3}, {"key": None, "default": 0, "x": 1}):
        try:
            fn([3, 1, 2], **kw)
        except TypeError as e:
            print(fn.__name__, sorted(kw), "->", e)
print(max([], key=len, default="empty"), min([3, 1], key=None))
