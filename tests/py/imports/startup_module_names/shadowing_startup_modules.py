# Modules python3 imported at startup are found where its start found them, whatever the
# script's directory holds; other modules come from the script's directory first.
import sys

import re
import textwrap

print(re.compile("a+").fullmatch("aaa") is not None, "startup_module_names" in re.__file__)
print(textwrap.dedent("  x"), "startup_module_names" in textwrap.__file__)
del sys.modules["re"]
import re  # noqa: E402  a second load is an ordinary import: the script's directory is first

print(re.__name__, "startup_module_names" in re.__file__)
