"""The utf-32-be codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'utf-32-be')
del _fill_codec_module
