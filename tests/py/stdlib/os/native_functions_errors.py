# os functions CPython writes in C (posix): argument conversion, messages, OSError filenames,
# bytes results; a failure is raised from the caller (no os frame in the traceback).
import os, pathlib
for f in (lambda: os.stat(pathlib.Path('nope')), lambda: os.stat(None), lambda: os.listdir(5.0), lambda: os.mkdir(None), lambda: os.stat('a\0b'), lambda: os.listdir(b'/nope'), lambda: os.rename('nope1', 'nope2'), lambda: os.fspath(3), lambda: os.remove(''), lambda: os.utime('nope'), lambda: os.scandir('nope'), lambda: os.chdir(b'nope'), lambda: os.stat(3.5), lambda: os.access(None, 0), lambda: os.readlink('/tmp'), lambda: os.symlink('a', '/tmp'), lambda: os.stat(), lambda: os.mkdir('x', 1, 2), lambda: os.listdir(x=1)):
    try: f()
    except Exception as e: print(type(e).__name__, e, repr(getattr(e,'filename',None)))
# (other programs of this folder make temporary entries in it while this one runs)
print(b'native_functions_errors.py' in os.listdir(b'.'), type(os.listdir(b'.')[0]).__name__, os.stat, os.scandir, os.fspath(pathlib.Path("a/b")))
d = f"/tmp/heapstack_native_{os.getpid()}"
os.makedirs(d + "/x/y", exist_ok=True)
with open(d + "/x/f.txt", "w") as fh: fh.write("hi")
print(sorted(e.name for e in os.scandir(d + "/x")), [e.is_dir() for e in sorted(os.scandir(d + "/x"), key=lambda e: e.name)])
with os.scandir(d.encode() + b"/x") as it: print(sorted(e.name for e in it))
st = os.stat(d + "/x/f.txt"); print(st.st_size, type(st).__name__, os.path.getsize(d + "/x/f.txt"))
os.utime(d + "/x/f.txt", (1, 2)); print(os.stat(d + "/x/f.txt").st_mtime)
os.rename(d + "/x/f.txt", d + "/x/g.txt"); os.remove(d + "/x/g.txt"); os.removedirs(d + "/x/y"); 
print(os.path.exists(d), list(os.walk(d)))
import shutil; shutil.rmtree(d, ignore_errors=True)
# A frozen module's frame shows no source line; makedirs keeps CPython's line for its mkdir call.
try:
    os.makedirs("/tmp")
except FileExistsError:
    import traceback
    traceback.print_exc()
os.remove("/tmp/heapstack_no_such_file_at_all")
