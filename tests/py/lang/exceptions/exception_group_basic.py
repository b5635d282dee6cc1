def tasks():
    errors = []
    for i, v in enumerate(["1", "x", "3", "y"]):
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("conversion failed", errors)

try:
    tasks()
except ExceptionGroup as eg:
    print(eg.message, len(eg.exceptions))
    print([str(e) for e in eg.exceptions])

try:
    tasks()
except* ValueError as eg:
    print("except* caught", type(eg).__name__, len(eg.exceptions))

try:
    raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", [e.args[0] for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [e.args[0] for e in eg.exceptions])

try:
    raise KeyError("naked")
except* KeyError as eg:
    print("wrapped:", repr(eg.exceptions[0]))
