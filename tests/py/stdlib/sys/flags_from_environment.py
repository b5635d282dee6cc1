# sys.flags and sys.dont_write_bytecode follow the environment python3 reads at start-up: the
# tests run both interpreters with PYTHONHASHSEED=0 (hash randomization off) and
# PYTHONDONTWRITEBYTECODE=1 (dont_write_bytecode on).
import os
import sys

print(sys.flags)
print(sys.flags.hash_randomization, sys.flags.dont_write_bytecode, sys.flags.no_user_site)
print(sys.dont_write_bytecode, os.environ.get("PYTHONHASHSEED"), os.environ.get("PYTHONDONTWRITEBYTECODE"))
