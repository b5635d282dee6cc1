# atexit._run_exitfuncs runs and forgets the callbacks; _clear forgets them unrun; a callback
# registering another at exit time.
import atexit

atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "run now")
atexit.register(print, "also now")
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "never")
atexit._clear()
print(atexit._ncallbacks())


def late():
    print("late registers another")
    atexit.register(print, "registered during exit")


atexit.register(late)
print("end of main")
