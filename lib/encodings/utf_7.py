"""The utf-7 codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'utf-7')
del _fill_codec_module
