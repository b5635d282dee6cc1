def fail(n):
    raise ValueError(f"bad {n}")

errors = []
for n in range(3):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("several failures", errors)
