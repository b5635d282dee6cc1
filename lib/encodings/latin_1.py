"""The latin-1 codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'latin-1')
del _fill_codec_module
