import traceback


def raise_group():
    errors = []
    for i, exc_type in enumerate([ValueError, TypeError, KeyError]):
        try:
            raise exc_type(f"error {i}")
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("several problems", errors)


try:
    raise_group()
except ExceptionGroup as eg:
    traceback.print_exception(eg)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")])])
print("".join(traceback.format_exception(nested)), end="")
many = ExceptionGroup("many", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(many)), end="")
te = traceback.TracebackException.from_exception(nested, max_group_depth=1)
print("".join(te.format()), end="")
te = traceback.TracebackException.from_exception(many, max_group_width=2)
print(len(te.exceptions), "".join(te.format()), end="")
