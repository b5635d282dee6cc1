# test.support's script helpers call subprocess._cleanup() after running a child
import subprocess
print(subprocess._active, subprocess._cleanup())
p = subprocess.Popen(['true'])
print(p.wait(), subprocess._cleanup(), subprocess._active)
