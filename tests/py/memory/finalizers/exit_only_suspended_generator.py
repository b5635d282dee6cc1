# At exit the only observer of the teardown is a suspended generator: its finally block still runs.
def g():
    try:
        yield 1
    finally:
        print("finally at exit")
it = g()
next(it)
print("end")
