# A script named like a module python3 imports at startup (here random, which the reference
# installation's start imports): python3 had it in sys.modules before the script's directory
# was put first on sys.path, so `import random` gets the standard module, not this file again.
import random

print(__name__, random.__name__, hasattr(random, "randint"), random is __import__("sys").modules["random"])
print(random.__file__.endswith("random.py") and "startup_module_names" not in random.__file__)
