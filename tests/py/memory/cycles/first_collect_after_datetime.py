# A user's first gc.collect() right after `import datetime` returns CPython's number: CPython's
# datetime.py builds its classes in Python and then imports the C types over them, leaving the
# Python classes -- their functions, classmethods, properties, slot descriptors and the min/max
# instances -- as cyclic garbage.
import gc
import datetime

print("datetime:", gc.collect())
print("again:", gc.collect())
print(datetime.date(2024, 1, 2), datetime.timezone.utc)
