# CPython's datetime.py builds its classes in Python and then replaces them with the C
# accelerator's, so importing tomllib leaves the first classes (methods, descriptors, their
# min/max/resolution instances) as cyclic garbage. The exact count depends on the classes'
# layout (python3: 295 for datetime), so this prints its size class and the kinds of objects.
import tomllib

import _import_garbage

_import_garbage.report_datetime_classes()
