"""Standard codecs package.

CPython keeps one module per codec here, found by the search function this package registers.
heapstack's codecs live in the runtime (src/objects/codecs.ts) and lib/codecs.py, which already
registers the search; this package gives the same names on top of them: normalize_encoding,
search_function, the aliases table and modules for the common codecs (encodings.utf_8 ...).
"""

import codecs
import sys

from . import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Each run of characters other than ASCII letters, digits and '.' becomes one '_'
    (none at either end); non-ASCII alphanumerics are dropped. Case is kept."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    pieces = []
    pending_separator = False
    for ch in encoding:
        if ch == '.' or ch.isalnum():
            if pending_separator and pieces:
                pieces.append('_')
            pending_separator = False
            if ch.isascii():
                pieces.append(ch)
        else:
            pending_separator = True
    return ''.join(pieces)


def search_function(encoding):
    """The CodecInfo of `encoding` (any spelling codecs.lookup accepts), or None."""
    found = _cache.get(encoding, _unknown)
    if found is not _unknown:
        return found
    found = None
    normalized = normalize_encoding(encoding)
    # CPython looks the name up as given (codecs.lookup lower-cases it first): its aliases and
    # module names are lower case, so a name with capitals finds nothing here.
    if normalized == normalized.lower():
        try:
            found = codecs.lookup(encoding)
        except LookupError:
            pass
    _cache[encoding] = found
    return found


def _fill_codec_module(namespace, encoding):
    # What a codec module of CPython's encodings package offers, from the registry's CodecInfo.
    info = codecs.lookup(encoding)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return info.encode(input, errors)

        def decode(self, input, errors='strict'):
            return info.decode(input, errors)

    module = namespace['__name__']
    Codec.__module__ = module
    namespace.update(
        Codec=Codec,
        encode=info.encode,
        decode=info.decode,
        IncrementalEncoder=info.incrementalencoder,
        IncrementalDecoder=info.incrementaldecoder,
        StreamWriter=info.streamwriter,
        StreamReader=info.streamreader,
        getregentry=lambda: info,
    )
