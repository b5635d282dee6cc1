# gc.collect() right after `import zoneinfo` (which imports datetime and calendar) returns
# CPython's count of import garbage.
import gc
import zoneinfo

print("zoneinfo:", gc.collect())
print("again:", gc.collect())
print(zoneinfo.ZoneInfo.__name__)
