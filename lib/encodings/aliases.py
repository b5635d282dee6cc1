"""Encoding aliases: {normalised alias: codec module name}, as encodings.aliases.aliases.

Built from the alias tables of the codecs heapstack implements (the runtime's text codecs, the
8-bit charmap codecs of lib/_charmap_tables.py) and the bytes-to-bytes codecs' names.
"""

import _codecs_native


def _build():
    from _charmap_tables import ALIASES as charmap_aliases
    table = {}
    for alias, module in _codecs_native.text_aliases().items():
        if alias != module:
            table[alias] = module
    for alias, module in charmap_aliases.items():
        if alias != module:
            table.setdefault(alias, module)
    for module, names in (
        ('base64_codec', ('base64', 'base_64')),
        ('bz2_codec', ('bz2',)),
        ('hex_codec', ('hex',)),
        ('quopri_codec', ('quopri', 'quoted_printable', 'quotedprintable')),
        ('rot_13', ('rot13',)),
        ('uu_codec', ('uu',)),
        ('zlib_codec', ('zip', 'zlib')),
    ):
        for alias in names:
            table[alias] = module
    return table


aliases = _build()
del _build
