import mod_helper
import mod_helper as again
from mod_helper import value, greet as g
import sys
print(mod_helper.value, again is mod_helper, value, g("you"))
print(mod_helper.__name__, mod_helper.__file__.endswith("mod_helper.py"), mod_helper.__package__ == "", type(mod_helper.__spec__).__name__)
print("mod_helper" in sys.modules, sys.modules["mod_helper"] is mod_helper)
print(repr(mod_helper).startswith("<module 'mod_helper' from "), mod_helper.__spec__.name, mod_helper.__spec__.origin == mod_helper.__file__)
print(__name__, __package__, __spec__)
try:
    mod_helper.missing
except AttributeError as e:
    print("AttributeError:", e)
