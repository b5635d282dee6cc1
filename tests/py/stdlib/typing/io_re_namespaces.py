# the deprecated typing.io / typing.re namespaces: attribute use warns, importable as submodules
import typing
print(typing.io, typing.re, type(typing.io), typing.io.__all__, typing.re.__all__)
print(typing.io.IO, typing.re.Pattern)
from typing.io import TextIO
from typing.re import Match
print(TextIO, Match)
import typing.io as tio
print(tio is typing.io)
