# CPython's tracemalloc leaves cyclic garbage at import (classes replaced or rebuilt after they were
# made); the first collection after the import finds it, then user cycles are counted alone.
import tracemalloc

import _import_garbage

_import_garbage.report_exact()
