# mkstemp's descriptor used as programs use it: os.write/os.close, os.fdopen, lseek/read.
import tempfile, os
fd, path = tempfile.mkstemp(suffix='.txt')
print(isinstance(fd, int), fd >= 3, os.path.exists(path))
os.write(fd, b'hello mkstemp\n'); os.close(fd)
print(open(path).read(), end='')
fd, path2 = tempfile.mkstemp()
with os.fdopen(fd, 'w') as f: f.write('via fdopen\n')
print(open(path2).read(), end='')
fd, path3 = tempfile.mkstemp(text=True)
os.write(fd, 'línea\n'.encode()); os.lseek(fd, 0, os.SEEK_SET); print(os.read(fd, 100)); os.close(fd)
for p in (path, path2, path3): os.remove(p)
print(os.path.exists(path))
import shutil; print(shutil.get_terminal_size((100, 30)))
