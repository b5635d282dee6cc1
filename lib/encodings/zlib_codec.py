"""The zlib codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'zlib')
del _fill_codec_module
