# faulthandler as test runners and benchmarks use it: enable at start, dump a stack.
import faulthandler
import io
import sys

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
faulthandler.enable(file=sys.stderr, all_threads=True)


def inner():
    faulthandler.dump_traceback(sys.stdout, all_threads=False)


def outer():
    inner()


print('before the dump')
sys.stdout.flush()
outer()
for bad in [lambda: faulthandler.enable(io.StringIO()), lambda: faulthandler.dump_traceback_later(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
faulthandler.dump_traceback_later(60)
faulthandler.cancel_dump_traceback_later()
print('done')
