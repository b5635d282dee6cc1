try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("left over:", rest.message, [type(e).__name__ for e in rest.exceptions])

raise ExceptionGroup("top", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
