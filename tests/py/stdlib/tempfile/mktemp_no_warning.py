# tempfile.mktemp is deprecated in the docs only: python3.11 emits no RuntimeWarning
import os
import tempfile
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    p = tempfile.mktemp(suffix=".txt", prefix="hs_")
print([str(x.message) for x in w])
name = os.path.basename(p)
print(name.startswith("hs_"), name.endswith(".txt"), len(name), os.path.exists(p))
print(os.path.dirname(p) == tempfile.gettempdir())
