try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except:
    d()
else:
    e()
finally:
    f()

try:
    pass
finally:
    pass

def ret_in_finally():
    try:
        return 1
    finally:
        cleanup()

def break_in_finally():
    for i in range(3):
        try:
            continue
        finally:
            break

def nested_try():
    try:
        try:
            x()
        except E1:
            y()
    except E2 as e:
        raise RuntimeError("x") from e
    raise

def with_stmt():
    with open("f") as fh:
        data = fh.read()
    with a as x, b as y:
        pass
    with c:
        return 1

def try_star():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print(e)
    except* TypeError:
        pass

def try_except_in_loop(xs):
    for x in xs:
        try:
            f(x)
        except Exception:
            continue
        else:
            break

def return_in_with():
    with ctx():
        return value()

def try_return_except():
    try:
        return f()
    except E as e:
        return e
