import io
import sys
import traceback

try:
    raise ValueError("x")
except ValueError as e:
    exc = e

buf = io.StringIO()
traceback.print_exception(exc, file=buf)
print(buf.getvalue(), end="")
traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stdout)
traceback.print_exception(type(exc), exc, None, file=sys.stdout)
print(traceback.format_exception(type(exc), value=exc, tb=None))
for bad in [(exc, exc), ("not an exception",)]:
    try:
        traceback.format_exception(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    traceback.format_exception(exc, value=exc)
except ValueError as e:
    print("ValueError", e)
print(traceback.format_exception(None), traceback.format_exc())
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError", e)
print(sorted(traceback.__all__))
