errors = [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
          RecursionError, StopIteration, GeneratorExit, KeyboardInterrupt, ModuleNotFoundError]
for e in errors:
    print(e.__name__, [b.__name__ for b in e.__mro__[1:]])

def classify(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arithmetic"
    except LookupError:
        return "lookup"
    except OSError:
        return "os"
    except Exception:
        return "other"
    except BaseException:
        return "base"

for exc in [ZeroDivisionError(), KeyError("k"), IndexError(), FileNotFoundError(2, "x"), ValueError(), SystemExit()]:
    print(type(exc).__name__, classify(exc))
