import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code)
print("continuing")
raise SystemExit(4)
