# os.statvfs: a struct sequence of ten fields plus f_fsid, its errors and its docs.
# (Only values that do not change while the test runs are printed: sizes, totals.)
import os
import shutil

s = os.statvfs(".")
print(type(s), type(s).__module__, len(s), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
print(s.f_bsize, s.f_frsize, s.f_blocks, s.f_files, s.f_namemax)
print(s[0] == s.f_bsize, s[2] == s.f_blocks, s[-1] == s.f_namemax, type(s.f_fsid).__name__)
print(s.f_blocks * s.f_frsize == shutil.disk_usage(".").total)
print(repr(s).split("(")[0], all(isinstance(x, int) for x in s))
print(os.statvfs_result.__doc__)
print([(k, v.__doc__) for k, v in vars(os.statvfs_result).items() if k.startswith("f_")])
print(os.statvfs.__doc__)
print(os.statvfs.__text_signature__, os.statvfs.__module__, os.statvfs)
print(os.statvfs(path=os.getcwd()).f_namemax, os.statvfs(os.fsencode(".")).f_bsize)
for bad in ["no/such/dir/x", "", 1.5, None]:
    try:
        os.statvfs(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
