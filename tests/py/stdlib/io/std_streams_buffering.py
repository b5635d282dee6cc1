# The standard streams as create_stdio makes them: with PYTHONUNBUFFERED (or -u) stdout and
# stderr are write-through TextIOWrappers over a bare FileIO (closefd=False) and no stream is
# line-buffered; otherwise stdout (a pipe) is block-buffered and stderr line-buffered. The
# test runs under whichever environment the runner has, the same for both interpreters.
import subprocess
import sys

SHOW = """
import sys
for s in (sys.stdin, sys.stdout, sys.stderr):
    b = s.buffer
    print(s.name, s.line_buffering, s.write_through, type(b).__name__, b.name, b.mode, s.encoding, s.errors)
print(repr(sys.stdout.buffer), sys.stdout.buffer.closefd)
sys.stdout.buffer.write(b"bytes via buffer\\n")
sys.stdout.buffer.flush()
print(sys.stdout.buffer.write(b"x\\n"))
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(write_through=False)
print(sys.stdout.write_through)
"""
exec(SHOW)
for unbuffered in ("", "1"):
    env = {"PYTHONUNBUFFERED": unbuffered} if unbuffered else {}
    done = subprocess.run([sys.executable, "-c", SHOW], env=env, capture_output=True, text=True)
    print(f"PYTHONUNBUFFERED={unbuffered!r}", done.returncode)
    print(done.stdout, end="")
