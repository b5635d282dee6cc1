import inspect
print(inspect.signature(bytes.maketrans), str.maketrans.__text_signature__)
print(str.maketrans.__qualname__, bytes.maketrans.__qualname__, bytearray.maketrans.__qualname__, str.maketrans.__self__, str.maketrans.__name__)
print("abc".maketrans("a", "b"), bytes.maketrans(b"a", b"b")[97], bytearray.maketrans(b"a", b"c")[97], str.maketrans({'a': 'x'}))
print(repr(str.maketrans).split(' at ')[0], repr(dict.fromkeys).split(' at ')[0])
help(str.maketrans)
