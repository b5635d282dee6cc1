# genericpath: the os.path functions shared by every platform.
import genericpath, os
print(genericpath.__all__, genericpath.commonprefix(['/usr/lib', '/usr/local']), genericpath.exists('/'), genericpath.isdir('/tmp'), genericpath.isfile('/nonexistent'))
print(genericpath.getsize(__file__) == os.path.getsize(__file__), genericpath.samefile(__file__, __file__))
