"""The base64 codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'base64')
del _fill_codec_module
