"""The iso8859-15 codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'iso8859-15')
del _fill_codec_module
