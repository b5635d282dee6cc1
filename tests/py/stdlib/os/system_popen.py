# os.system and os.popen run a shell command; their statuses are wait statuses.
# A child's output goes straight to stdout: when stdout is a pipe (as under the test runner),
# what print() has buffered comes out after it unless flushed, as in CPython.
import os
import sys

print("before system")
r = os.system("echo from child; exit 3")
print("status", r, os.waitstatus_to_exitcode(r), os.WIFEXITED(r), os.WEXITSTATUS(r))
sys.stdout.flush()
r = os.system("echo after flush")
print("status", r)
r = os.system("kill -9 $$")
print("killed", r, os.WIFSIGNALED(r), os.WTERMSIG(r), os.waitstatus_to_exitcode(r))
print(os.system(b"true"), os.system("false"), os.system("exit 300"))
print(os.system("echo to stderr >&2"))
for bad in (5, None, 1.5):
    try:
        os.system(bad)
    except TypeError as e:
        print("TypeError", e)

f = os.popen("echo hi; echo there")
print(type(f).__name__, f.read().splitlines(), f.close())
f = os.popen("echo x; exit 2")
print(list(f), f.close())
with os.popen("printf 'a\\nb'") as f:
    for line in f:
        print(repr(line))
with os.popen("printf 'one\\ntwo\\nthree\\n'") as f:
    print(f.readline(), end="")
    print(f.readlines())
w = os.popen("cat; echo done", "w")
w.write("to child\n")
print("w close", w.close())
w = os.popen("cat >/dev/null; exit 4", "w")
w.write("ignored")
print("w close", w.close())
for args in [("ls", "rb"), ("ls", "x"), ("ls", "r", 0), ("ls", "w", None)]:
    try:
        os.popen(*args)
    except ValueError as e:
        print("ValueError", e)
for cmd in (b"ls", ["ls"], 3):
    try:
        os.popen(cmd)
    except TypeError as e:
        print("TypeError", e)

# wait-status helpers
for st in (0, 0x300, 9, 0x89, 0x137f, 0xffff, 0x8f, 0x7f, 0x17f, -1):
    row = [os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
           os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WIFCONTINUED(st), os.WCOREDUMP(st)]
    try:
        code = os.waitstatus_to_exitcode(st)
    except ValueError as e:
        code = "ValueError: %s" % e
    print(hex(st), row, code)
print(os.waitstatus_to_exitcode(status=5 << 8), os.WEXITSTATUS(status=1 << 8))
for bad in (1 << 40, -(1 << 40), 1.5, "3"):
    try:
        os.WEXITSTATUS(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print("end")
