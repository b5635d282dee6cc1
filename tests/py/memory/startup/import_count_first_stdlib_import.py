# gc.get_count() after a program's first import of a standard module python3 had not imported
# at startup is python3's: heapstack's library modules are its own code and make other numbers
# of tracked objects than CPython's .pyc files and module code (string: 105 where python3's
# import makes 154), so the count, and with it the moment of every automatic collection after,
# is python3's number for the import (src/memory/import_counts.ts).
import string
import gc

print(gc.get_count())
print(gc.collect())
print(gc.get_count())
