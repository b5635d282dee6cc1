"""The cp1252 codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'cp1252')
del _fill_codec_module
