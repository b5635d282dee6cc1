"""The unicode_escape codec (heapstack: the registry's codec under CPython's module names)."""

from encodings import _fill_codec_module

_fill_codec_module(globals(), 'unicode_escape')
del _fill_codec_module
