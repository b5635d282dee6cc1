"""sre_parse: deprecated since Python 3.11; the names of re's internals, kept for old imports.

heapstack's regular expression engine is written in TypeScript, so only the shared constants
(flags, MAXREPEAT, MAXGROUPS, MAGIC) and the error class are here; parse() is absent.
"""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

import _sre_legacy_names as _shared
globals().update({name: value for name, value in vars(_shared).items() if not name.startswith('__')})
del _shared
