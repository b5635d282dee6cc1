import shutil, os, pathlib, tempfile
du = shutil.disk_usage("/")
print(type(du).__name__, type(du).__module__, du._fields, du.total >= du.used + du.free * 0, du.free > 0, du.used > 0, du.total > du.free)
print(repr(du).startswith("usage(total="), "disk_usage" in shutil.__all__)
with tempfile.TemporaryDirectory() as d:
    a = shutil.disk_usage(d); b = shutil.disk_usage(pathlib.Path(d)); c = shutil.disk_usage(os.fsencode(d))
    print(a.total == b.total == c.total)
try:
    shutil.disk_usage("/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
