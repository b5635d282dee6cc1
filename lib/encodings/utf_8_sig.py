"""The utf-8-sig codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'utf-8-sig')
del _fill_codec_module
