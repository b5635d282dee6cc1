# the public names of typing
import typing

names = [n for n in typing.__all__ if n not in ("Pattern", "Match")]
print(len(names), names)
missing = [n for n in names if not hasattr(typing, n)]
print(missing)
print(typing.AnyStr, typing.AnyStr.__constraints__, typing.Text, typing.ContextManager[int])
print(typing.AbstractSet[int], typing.ByteString, typing.IO, typing.TextIO.__mro__[1:])
